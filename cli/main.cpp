// The native `claimcheck` command: the command line of command.h over POSIX files and descriptors. The only C++
// that touches the file system, prints or exits; everything the command says is decided in the engine, so this
// binary and the Node CLI (web/bin/claimcheck.js) behave alike by construction.
//
// A write to a pipe whose reader is gone raises SIGPIPE, which ends the process quietly as other Unix tools end
// (a shell reports status 141); other failed writes (a full disk, a closed descriptor) are errors with exit 1.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/command.h"

namespace claimcheck::cli {
namespace {

Error IoError(const std::string& path, const std::string& message) {
  Error e;
  e.code = "io";
  e.file = path;
  e.message = message;
  return e;
}

// errno in fixed words, the ones web/bin/claimcheck.js uses, so that both CLIs say the same.
std::string Reason(int error) {
  switch (error) {
    case ENOENT: return "no such file";
    case EACCES: return "permission denied";
    case EISDIR: return "is a directory";
    case ENOTDIR: return "not a directory";
    case ENOSPC: return "no space left on device";
    case EBADF: return "bad file descriptor";
    case EIO: return "input/output error";
    case EPERM: return "operation not permitted";
    case EROFS: return "read-only file system";
    case EDQUOT: return "disk quota exceeded";
    case EFBIG: return "file too large";
    default: {
      std::string text = std::strerror(error);
      for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return text;
    }
  }
}

class PosixIo final : public CommandIo {
 public:
  Result<std::string> ReadFile(const std::string& path) override {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Fail(path, errno);
    struct stat info {};
    if (fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
      const int error = S_ISDIR(info.st_mode) ? EISDIR : errno;
      close(fd);
      return Fail(path, error);
    }
    std::string bytes;
    // One allocation of the file's size, read straight into it (a pipe or /proc file may hold more: grow then).
    bytes.resize(S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0);
    std::size_t used = 0;
    for (;;) {
      if (used == bytes.size()) bytes.resize(used + (used < 65536 ? 65536 : used));
      const ssize_t n = read(fd, bytes.data() + used, bytes.size() - used);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        const int error = errno;
        close(fd);
        return Fail(path, error);
      }
      if (n == 0) break;
      used += static_cast<std::size_t>(n);
    }
    close(fd);
    bytes.resize(used);
    return Result<std::string>::Ok(std::move(bytes));
  }

  std::optional<Error> WriteFile(const std::string& path, std::string_view bytes) override {
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return IoError(path, "cannot write file: " + Reason(errno));
    while (!bytes.empty()) {
      const ssize_t n = write(fd, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        const std::string why = n < 0 ? Reason(errno) : "nothing was written";
        close(fd);
        return IoError(path, "cannot write file: " + why);
      }
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    if (close(fd) != 0) return IoError(path, "cannot write file: " + Reason(errno));
    return std::nullopt;
  }

  PathKind KindOf(const std::string& path) override {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) return PathKind::kMissing;
    if (S_ISDIR(info.st_mode)) return PathKind::kDirectory;
    return S_ISREG(info.st_mode) ? PathKind::kFile : PathKind::kOther;
  }

  Result<std::vector<std::string>> ListDirectory(const std::string& path) override {
    DIR* dir = opendir(path.c_str());
    if (!dir) return Result<std::vector<std::string>>::Fail({IoError(path, "cannot list directory: " + Reason(errno))});
    std::vector<std::string> names;
    while (const dirent* entry = readdir(dir)) names.emplace_back(entry->d_name);
    closedir(dir);
    return Result<std::vector<std::string>>::Ok(std::move(names));
  }

  Result<std::size_t> ReadInput(char* buffer, std::size_t size) override {
    for (;;) {
      const ssize_t n = read(STDIN_FILENO, buffer, size);
      if (n >= 0) return Result<std::size_t>::Ok(static_cast<std::size_t>(n));
      if (errno != EINTR) {
        return Result<std::size_t>::Fail({IoError("stdin", "cannot read standard input: " + Reason(errno))});
      }
    }
  }

  WriteStatus Write(Stream stream, std::string_view bytes, std::string* error) override {
    const int fd = stream == Stream::kOut ? STDOUT_FILENO : STDERR_FILENO;
    while (!bytes.empty()) {
      const ssize_t n = write(fd, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && errno == EPIPE) return WriteStatus::kBrokenPipe;  // only when SIGPIPE is ignored by our parent
      if (n <= 0) {
        *error = n < 0 ? Reason(errno) : "nothing was written";
        return WriteStatus::kFailed;
      }
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return WriteStatus::kOk;
  }

  bool WantsColour() override { return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr; }

 private:
  static Result<std::string> Fail(const std::string& path, int error) {
    return Result<std::string>::Fail({IoError(path, "cannot read file: " + Reason(error))});
  }
};

}  // namespace
}  // namespace claimcheck::cli

int main(int argc, char** argv) {
  claimcheck::cli::PosixIo io;
  return claimcheck::RunCommand(std::vector<std::string>(argv + 1, argv + argc), {}, io);
}
