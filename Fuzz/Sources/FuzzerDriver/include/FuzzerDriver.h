#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that bring their own main (LLVM 12 and later).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
