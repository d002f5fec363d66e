// The in-memory disk: a tree of nodes under one lock, looked up part by part as the kernel does.
#include "base/mem_env.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

namespace nietpluis {

struct MemEnv::Node {
  explicit Node(FileType kind) : type(kind) {}

  FileType type;
  std::string data;                                        // a file's bytes, or the text of a link
  std::map<std::string, std::unique_ptr<Node>> children;  // a folder's entries, in name order
};

// Where a lookup ended. `err` is set when the folder that should hold the last part is not there.
struct MemEnv::Found {
  int err = 0;
  Node* parent = nullptr;          // the folder holding the last part; nullptr for "/"
  std::string name;                // the last part's name in it
  Node* node = nullptr;            // what is there; nullptr when nothing is
  std::vector<std::string> names;  // the real path from "/" to it, links followed
};

namespace {

// The kernel gives up after 40 links in one lookup.
constexpr int kMaxLinks = 40;

// The parts of `path` as a stack, the first part on top.
void PushParts(const std::filesystem::path& path, std::vector<std::string>* pending) {
  std::vector<std::string> parts;
  for (const auto& part : path.relative_path()) parts.push_back(part.string());
  pending->insert(pending->end(), parts.rbegin(), parts.rend());
}

bool OnlyDots(const std::vector<std::string>& parts) {
  return std::all_of(parts.begin(), parts.end(), [](const std::string& part) { return part.empty() || part == "."; });
}

bool StartsWith(const std::vector<std::string>& names, const std::vector<std::string>& prefix) {
  return names.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), names.begin());
}

std::filesystem::path Joined(const std::vector<std::string>& names) {
  std::filesystem::path path = "/";
  for (const std::string& name : names) path /= name;
  return path;
}

}  // namespace

MemEnv::MemEnv() : root_(std::make_unique<Node>(FileType::kDirectory)) {}
MemEnv::~MemEnv() = default;

MemEnv::Found MemEnv::Find(const std::filesystem::path& path, bool follow_last) const {
  std::vector<std::string> pending;
  PushParts(path, &pending);
  std::vector<Node*> dirs{root_.get()};
  std::vector<std::string> names;
  Found found;
  int links = 0;
  while (!pending.empty()) {
    std::string part = std::move(pending.back());
    pending.pop_back();
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (dirs.size() > 1) {
        dirs.pop_back();
        names.pop_back();
      }
      continue;
    }
    const bool last = OnlyDots(pending);
    Node* dir = dirs.back();
    found.names = names;
    found.names.push_back(part);
    auto at = dir->children.find(part);
    if (at == dir->children.end()) {
      if (!last) found.err = ENOENT;
      found.parent = dir;
      found.name = part;
      return found;
    }
    Node* node = at->second.get();
    if (node->type == FileType::kLink && (!last || follow_last)) {
      if (++links > kMaxLinks) {
        found.err = ELOOP;
        return found;
      }
      const std::filesystem::path target(node->data);
      if (target.is_absolute()) {
        dirs.resize(1);
        names.clear();
      }
      PushParts(target, &pending);
      continue;
    }
    if (last) {
      found.parent = dir;
      found.name = part;
      found.node = node;
      return found;
    }
    if (node->type != FileType::kDirectory) {
      found.err = ENOTDIR;
      return found;
    }
    dirs.push_back(node);
    names.push_back(part);
  }
  // "/" itself, or a folder reached by "." or "..".
  found.node = dirs.back();
  found.parent = dirs.size() > 1 ? dirs[dirs.size() - 2] : nullptr;
  found.name = names.empty() ? "" : names.back();
  found.names = names;
  return found;
}

Status MemEnv::CreateLink(const std::filesystem::path& target, const std::filesystem::path& at) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found found = Find(at, false);
  if (found.err != 0) return DiskError(DiskOp::kWrite, at, found.err);
  if (found.node != nullptr) return DiskError(DiskOp::kWrite, at, EEXIST);
  auto link = std::make_unique<Node>(FileType::kLink);
  link->data = target.string();
  found.parent->children[found.name] = std::move(link);
  return Status::Ok();
}

Result<std::string> MemEnv::ReadFile(const std::filesystem::path& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found found = Find(path, true);
  if (found.err != 0) return DiskError(DiskOp::kRead, path, found.err);
  if (found.node == nullptr) return DiskError(DiskOp::kRead, path, ENOENT);
  if (found.node->type != FileType::kFile) {  // the real disk opens a folder, then fails to read it
    return Error(path.string(), 0, "kan niet lezen (" + std::string(std::strerror(EISDIR)) + ")",
                 "kijk of het bestand leesbaar is");
  }
  return found.node->data;
}

Status MemEnv::WriteFile(const std::filesystem::path& path, std::string_view contents) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found found = Find(path, false);
  if (found.err != 0) return DiskError(DiskOp::kWrite, path, found.err);
  if (found.node == nullptr) {
    auto file = std::make_unique<Node>(FileType::kFile);
    file->data = std::string(contents);
    found.parent->children[found.name] = std::move(file);
    return Status::Ok();
  }
  if (found.node->type == FileType::kLink) return DiskError(DiskOp::kWrite, path, ELOOP);  // as O_NOFOLLOW
  if (found.node->type != FileType::kFile) return DiskError(DiskOp::kWrite, path, EISDIR);
  found.node->data.assign(contents.data(), contents.size());
  return Status::Ok();
}

Status MemEnv::CreateDirectories(const std::filesystem::path& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::filesystem::path prefix = path.root_path();
  for (const auto& part : path.relative_path()) {
    prefix /= part;
    if (part.empty() || part == "." || part == "..") continue;
    Found found = Find(prefix, true);
    if (found.err != 0) return DiskError(DiskOp::kCreateDirectories, path, found.err);
    if (found.node != nullptr) {
      if (found.node->type != FileType::kDirectory) return DiskError(DiskOp::kCreateDirectories, path, ENOTDIR);
      continue;
    }
    // A link to nothing: mkdir refuses to make a folder where it stands.
    if (Find(prefix, false).node != nullptr) return DiskError(DiskOp::kCreateDirectories, path, EEXIST);
    found.parent->children[found.name] = std::make_unique<Node>(FileType::kDirectory);
  }
  return Status::Ok();
}

Status MemEnv::Rename(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found source = Find(from, false);
  if (source.err != 0 || source.node == nullptr) {
    return DiskError(DiskOp::kRename, to, source.err != 0 ? source.err : ENOENT);
  }
  Found target = Find(to, false);
  if (target.err != 0) return DiskError(DiskOp::kRename, to, target.err);
  if (target.node == source.node) return Status::Ok();
  if (source.parent == nullptr || target.parent == nullptr) return DiskError(DiskOp::kRename, to, EBUSY);
  const bool folder = source.node->type == FileType::kDirectory;
  if (folder && StartsWith(target.names, source.names)) return DiskError(DiskOp::kRename, to, EINVAL);
  if (target.node != nullptr) {
    const bool onto_folder = target.node->type == FileType::kDirectory;
    if (folder && !onto_folder) return DiskError(DiskOp::kRename, to, ENOTDIR);
    if (!folder && onto_folder) return DiskError(DiskOp::kRename, to, EISDIR);
    if (onto_folder && !target.node->children.empty()) return DiskError(DiskOp::kRename, to, ENOTEMPTY);
  }
  std::unique_ptr<Node> moved = std::move(source.parent->children[source.name]);
  source.parent->children.erase(source.name);
  target.parent->children[target.name] = std::move(moved);
  return Status::Ok();
}

Status MemEnv::Exchange(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found first = Find(a, false);
  Found second = Find(b, false);
  for (const Found& found : {first, second}) {
    if (found.err != 0) return DiskError(DiskOp::kExchange, b, found.err);
    if (found.node == nullptr) return DiskError(DiskOp::kExchange, b, ENOENT);
    if (found.parent == nullptr) return DiskError(DiskOp::kExchange, b, EBUSY);
  }
  if (first.node == second.node) return Status::Ok();
  if (StartsWith(first.names, second.names) || StartsWith(second.names, first.names)) {
    return DiskError(DiskOp::kExchange, b, EINVAL);
  }
  std::swap(first.parent->children[first.name], second.parent->children[second.name]);
  return Status::Ok();
}

Status MemEnv::RemoveAll(const std::filesystem::path& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found found = Find(path, false);
  if (found.err == ELOOP) return DiskError(DiskOp::kRemove, path, ELOOP);
  if (found.err != 0 || found.node == nullptr) return Status::Ok();  // nothing there, as remove_all
  if (found.parent == nullptr) return DiskError(DiskOp::kRemove, path, EBUSY);
  found.parent->children.erase(found.name);
  return Status::Ok();
}

Result<std::vector<DirEntry>> MemEnv::ListDirectory(const std::filesystem::path& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found found = Find(path, true);
  if (found.err != 0) return DiskError(DiskOp::kList, path, found.err);
  if (found.node == nullptr) return DiskError(DiskOp::kList, path, ENOENT);
  if (found.node->type != FileType::kDirectory) return DiskError(DiskOp::kList, path, ENOTDIR);
  std::vector<DirEntry> entries;
  entries.reserve(found.node->children.size());
  for (const auto& [name, node] : found.node->children) entries.push_back(DirEntry{name, node->type});
  return entries;
}

FileInfo MemEnv::InfoAt(const std::filesystem::path& path, bool follow_last) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found found = Find(path, follow_last);
  if (found.err != 0 || found.node == nullptr) return FileInfo{};
  FileInfo info{found.node->type, 0};
  if (info.is_file()) info.size = found.node->data.size();
  return info;
}

FileInfo MemEnv::Stat(const std::filesystem::path& path) { return InfoAt(path, true); }

FileInfo MemEnv::LinkStat(const std::filesystem::path& path) { return InfoAt(path, false); }

Result<std::filesystem::path> MemEnv::ReadLink(const std::filesystem::path& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  Found found = Find(path, false);
  if (found.err != 0) return DiskError(DiskOp::kRead, path, found.err);
  if (found.node == nullptr) return DiskError(DiskOp::kRead, path, ENOENT);
  if (found.node->type != FileType::kLink) return DiskError(DiskOp::kRead, path, EINVAL);
  return std::filesystem::path(found.node->data);
}

// As std::filesystem::weakly_canonical: the longest start of the path that exists (links followed),
// resolved, then the rest as written.
Result<std::filesystem::path> MemEnv::Resolve(const std::filesystem::path& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::filesystem::path existing = "/";
  std::filesystem::path rest;
  for (const auto& part : path.relative_path()) {
    if (rest.empty()) {
      Found found = Find(existing / part, true);
      if (found.err == ELOOP) return DiskError(DiskOp::kRead, path, ELOOP);
      if (found.err == 0 && found.node != nullptr) {
        existing /= part;
        continue;
      }
    }
    rest /= part;
  }
  std::filesystem::path real = Joined(Find(existing, true).names);
  if (!rest.empty()) real /= rest;
  return real.lexically_normal();
}

}  // namespace nietpluis
