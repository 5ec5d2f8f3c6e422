// svg / png: the DOT timeline piped through Graphviz `dot` (temp files + posix_spawn, no shell).
#include "eventline/exporters.h"
#include "writers.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace eventline {

namespace {
namespace fs = std::filesystem;

/// The `dot` executable: $EVENTLINE_DOT when set, else the first `dot` on PATH; empty if none.
std::string find_dot() {
    if (const char* env = std::getenv("EVENTLINE_DOT"); env && *env) return access(env, X_OK) == 0 ? env : "";
    const char* path = std::getenv("PATH");
    std::string p = path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= p.size()) {
        std::size_t end = p.find(':', start);
        if (end == std::string::npos) end = p.size();
        std::string dir = p.substr(start, end - start);
        if (!dir.empty()) {
            std::string cand = dir + "/dot";
            if (access(cand.c_str(), X_OK) == 0) return cand;
        }
        start = end + 1;
    }
    return "";
}

/// A private temp folder removed on scope exit.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "eventline-dot-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) throw ExportError("[export] cannot create a temporary folder for dot");
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};
} // namespace

void write_rendered(const Dataset& dataset, std::string_view format, std::ostream& out) {
    std::string dot = find_dot();
    if (dot.empty())
        throw ExportError("[export] --format " + std::string(format) +
                          " needs Graphviz 'dot', which is not on PATH (Debian: apt-get install graphviz); "
                          "--format dot writes the source instead");
    TempDir tmp;
    fs::path src = tmp.path / "graph.dot", dst = tmp.path / ("graph." + std::string(format)),
             err = tmp.path / "stderr.txt";
    {
        std::ofstream f(src, std::ios::binary);
        write_dot(dataset, f);
        if (!f) throw ExportError("[export] cannot write " + src.string());
    }
    std::string fmt = "-T" + std::string(format), outarg = "-o" + dst.string(), srcarg = src.string();
    std::vector<char*> argv{dot.data(), fmt.data(), outarg.data(), srcarg.data(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, dot.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw ExportError("[export] cannot run " + dot);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::ifstream errf(err);
    std::string message((std::istreambuf_iterator<char>(errf)), std::istreambuf_iterator<char>());
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        // Graphviz can print hundreds of lines; the first few say what went wrong.
        std::size_t cut = 0;
        for (int lines = 0; lines < 4 && cut != std::string::npos; ++lines)
            cut = message.find('\n', cut + 1);
        if (cut != std::string::npos) message = message.substr(0, cut) + "\n...";
        throw ExportError("[export] " + dot + " " + fmt +
                          " failed: " + (message.empty() ? "no message" : message));
    }
    std::ifstream result(dst, std::ios::binary);
    if (!result) throw ExportError("[export] dot wrote no " + std::string(format) + " output");
    out << result.rdbuf();
}

} // namespace eventline
