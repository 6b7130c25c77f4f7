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

#include <algorithm>
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

// Reads `fd` to its end into *bytes, which is sized `expected` (a regular file's size) up front: a file that holds
// what its size says costs one allocation and no copy; the end is found by reading into a small buffer, not by
// growing the string. Returns 0, or errno.
int ReadAll(int fd, std::size_t expected, std::string* bytes) {
  bytes->resize(expected);
  std::size_t used = 0;
  char probe[4096];
  for (;;) {
    const bool full = used == bytes->size();
    char* into = full ? probe : bytes->data() + used;
    const ssize_t n = read(fd, into, full ? sizeof probe : bytes->size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) break;
    if (full) {  // more than its size said (a growing file, a pipe, /proc): grow by doubling
      bytes->resize(used + std::max<std::size_t>(used, 65536));
      std::memcpy(bytes->data() + used, probe, static_cast<std::size_t>(n));
    }
    used += static_cast<std::size_t>(n);
  }
  bytes->resize(used);
  return 0;
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
    // One allocation of the file's size, read straight into it (a pipe or /proc file may hold more: grow then).
    std::string bytes;
    const int error = ReadAll(fd, S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0, &bytes);
    close(fd);
    if (error != 0) return Fail(path, error);
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

  std::size_t InputSizeHint() override {
    struct stat info {};
    if (fstat(STDIN_FILENO, &info) != 0 || !S_ISREG(info.st_mode)) return 0;
    const off_t at = lseek(STDIN_FILENO, 0, SEEK_CUR);  // a read before may have moved it
    const off_t left = info.st_size - (at > 0 ? at : 0);
    return left > 0 ? static_cast<std::size_t>(left) : 0;
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
