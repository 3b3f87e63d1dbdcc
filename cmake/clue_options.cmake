# Common compile settings as an INTERFACE target (cmake_template style), not directory-scoped flags.
add_library(clue_options INTERFACE)
target_compile_options(clue_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers>
  # -fPIC also on executables: the sentencepiece shim is dlopen'ed with RTLD_DEEPBIND, which breaks
  # on copy relocations of libstdc++ data (std::cout) that a default PIE executable has (toolchain.md §2.3).
  -fPIC)
target_compile_definitions(clue_options INTERFACE QT_NO_KEYWORDS)
