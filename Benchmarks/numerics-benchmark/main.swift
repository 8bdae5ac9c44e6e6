import DedustNumerics
print("OpenBLAS core: \(BLASThreads.coreName)")
