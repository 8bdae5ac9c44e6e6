#ifndef CLAPACKE_SHIM_H
#define CLAPACKE_SHIM_H
#include <lapacke.h>
// lapack_int is a macro (int32_t on Debian's LP64 build); macros that expand to types are not
// imported into Swift, so re-export it as a real typedef.
typedef lapack_int clapack_int;
#endif
