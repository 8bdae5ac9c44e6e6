#ifndef COPENBLAS_SHIM_H
#define COPENBLAS_SHIM_H
// Debian: /usr/include/x86_64-linux-gnu/cblas.h -> alternatives -> openblas-pthread/cblas.h.
// OpenBLAS's cblas.h also declares openblas_set_num_threads / openblas_get_corename.
#include <cblas.h>
#endif
