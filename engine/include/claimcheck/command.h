// The `claimcheck` command line, once for every front door: the native CLI (cli/main.cpp) and the Node CLI
// (web/bin/claimcheck.js, through the WebAssembly module) both call RunCommand with their own CommandIo, so their
// arguments, messages, output and exit codes are the same by construction.
//
//   claimcheck check [--facts PATH] [--date YYYY-MM-DD] [--format text|json|jsonl] [FILE|-]
//   claimcheck extract [--date YYYY-MM-DD] [--format json|jsonl] [FILE|-]
//   claimcheck draft [--date YYYY-MM-DD] [--source-title T] [--publisher P] [--url U] [FILE|-]
//   claimcheck validate PATH...
//   claimcheck compile [--out FILE] PATH...
//   claimcheck info [--facts PATH]
//   claimcheck --version | --help
//
// Exit status: 0 success; 1 the input could not be checked (a file, the fact base, a line of a batch); 2 usage;
// 141 the reader of standard output went away (a broken pipe: nothing more is written, nothing is printed).
#ifndef CLAIMCHECK_COMMAND_H_
#define CLAIMCHECK_COMMAND_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/api.h"
#include "claimcheck/result.h"

namespace claimcheck {

enum class Stream { kOut, kErr };
enum class PathKind { kMissing, kFile, kDirectory, kOther };
enum class WriteStatus { kOk, kBrokenPipe, kFailed };

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitBrokenPipe = 141;  // 128 + SIGPIPE: what a shell reports for `claimcheck ... | head -1`

// What the command needs from the system. Every method reports failure as a value; none may throw.
class CommandIo {
 public:
  virtual ~CommandIo() = default;
  // The whole file, or an "io" error whose message says why ("no such file", "is a directory", ...).
  virtual Result<std::string> ReadFile(const std::string& path) = 0;
  virtual PathKind KindOf(const std::string& path) = 0;
  // Writes `bytes` to the file at `path`, created or replaced; an "io" error saying why not, or nullopt.
  virtual std::optional<Error> WriteFile(const std::string& path, std::string_view bytes) = 0;
  // The names in a directory (not paths), in any order, or an "io" error.
  virtual Result<std::vector<std::string>> ListDirectory(const std::string& path) = 0;
  // How many bytes standard input holds when that is known (a regular file, `< file`), else 0. Only a hint for
  // one allocation of the right size: reading goes on to the end whatever it said.
  virtual std::size_t InputSizeHint() { return 0; }
  // Up to `size` bytes of standard input into `buffer`: how many were read, 0 at its end, or an "io" error.
  virtual Result<std::size_t> ReadInput(char* buffer, std::size_t size) = 0;
  // All of `bytes`, or why not: kBrokenPipe when the reader is gone, kFailed with *error set (a full disk, a
  // closed descriptor).
  virtual WriteStatus Write(Stream stream, std::string_view bytes, std::string* error) = 0;
  // Whether ANSI colours suit standard output (a terminal, and NO_COLOR unset).
  virtual bool WantsColour() = 0;
  // A service with the bundled fact base that the host has made already (the Node CLI's, from the package's
  // start-up image), for commands given no --facts; nullptr (the default): the command loads the bundled base.
  virtual const Service* Bundled() { return nullptr; }
};

// Runs `claimcheck` with `args` (without the program's name) and returns the exit status.
int RunCommand(const std::vector<std::string>& args, const ServiceOptions& options, CommandIo& io);

}  // namespace claimcheck

#endif  // CLAIMCHECK_COMMAND_H_
