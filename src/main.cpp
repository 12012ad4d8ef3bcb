// hanse: the marketplace server and its administration commands.
#include "cli/cli.h"

int main(int argc, char** argv) { return hanse::cli::run(argc, argv); }
