// Fixture for the clang_format_catches_layout check: laid out against .clang-format.
int   answer( ) { return 42;}
