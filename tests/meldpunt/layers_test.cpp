// Checks that the core's libraries depend only downward: every #include of a folder of meldpunt/ names
// a layer its own folder may use (docs/architecture.md draws the same picture).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace nietpluis {
namespace {

// Each folder of meldpunt/ and the folders it may include, lowest layer first. A new folder must be
// added here, so nobody adds a layer without deciding where it sits.
const std::map<std::string, std::set<std::string>>& AllowedLayers() {
  static const std::map<std::string, std::set<std::string>> layers = {
      {"base", {}},
      {"config", {"base"}},
      {"content", {"base", "config"}},
      {"language", {"base", "config", "content"}},
      {"render", {"base", "config", "content"}},
      {"print", {"base", "config", "content"}},
      {"address", {"base", "config"}},
      {"speech", {"base"}},
      {"intake", {"base", "config", "content", "render", "address"}},
      {"delivery", {"base", "config", "render", "intake", "address"}},
      {"site", {"base", "config", "content", "language", "render", "print", "speech"}},
  };
  return layers;
}

// The problems with the #include lines of one file in `folder`, as "file:line: what; what to do".
std::vector<std::string> LayerProblems(const std::string& file, const std::string& folder, const std::string& source) {
  std::vector<std::string> problems;
  const auto& layers = AllowedLayers();
  std::istringstream lines(source);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.rfind("#include \"", 0) != 0) continue;
    const std::string included = line.substr(10, line.find('"', 10) - 10);
    const std::size_t slash = included.find('/');
    const std::string where = file + ":" + std::to_string(number) + ": ";
    if (slash == std::string::npos) {
      problems.push_back(where + "\"" + included + "\" names no layer; include it by its folder, as \"" + folder +
                         "/" + included + "\"");
      continue;
    }
    const std::string layer = included.substr(0, slash);
    if (layer == folder) continue;
    if (!layers.count(layer)) {
      problems.push_back(where + "\"" + included + "\" is not in a layer of the core; the core may not include " +
                         "the programs or anything outside meldpunt/");
    } else if (!layers.at(folder).count(layer)) {
      problems.push_back(where + folder + " may not include " + layer + " (\"" + included +
                         "\"); move what it needs down a layer, or pass it in");
    }
  }
  return problems;
}

std::string ReadWhole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("layers: every include of the core points to its own layer or one it may use") {
  const std::filesystem::path core = testing::SourceDir() / "meldpunt";
  std::vector<std::string> problems;
  std::set<std::string> folders_seen;
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(core)) {
    if (!entry.is_regular_file()) continue;
    const std::string extension = entry.path().extension().string();
    if (extension != ".h" && extension != ".cpp") continue;
    const std::filesystem::path relative = std::filesystem::relative(entry.path(), core);
    const std::string folder = relative.begin()->string();
    if (std::distance(relative.begin(), relative.end()) != 2 || !AllowedLayers().count(folder)) {
      problems.push_back("meldpunt/" + relative.string() + ":1: lies in no known layer; put it in one of the " +
                         "folders of tests/meldpunt/layers_test.cpp, or add the new layer there");
      continue;
    }
    folders_seen.insert(folder);
    ++files;
    for (std::string& problem : LayerProblems("meldpunt/" + relative.string(), folder, ReadWhole(entry.path()))) {
      problems.push_back(std::move(problem));
    }
  }
  INFO("files read: " << files);
  CHECK(files > 100);
  CHECK(folders_seen.size() == AllowedLayers().size());
  CHECK(problems == std::vector<std::string>{});
}

TEST_CASE("layers: the check names an include that reaches up, one without a folder and one into a program") {
  const std::string source =
      "// A header of config.\n"
      "#include \"base/status.h\"\n"
      "#include \"config/postcode.h\"\n"
      "#include \"site/site_builder.h\"\n"
      "#include \"status.h\"\n"
      "#include \"kiosk/intake_server.h\"\n"
      "#include <string>\n";
  CHECK(LayerProblems("meldpunt/config/x.h", "config", source) ==
        std::vector<std::string>{
            "meldpunt/config/x.h:4: config may not include site (\"site/site_builder.h\"); move what it needs down a "
            "layer, or pass it in",
            "meldpunt/config/x.h:5: \"status.h\" names no layer; include it by its folder, as \"config/status.h\"",
            "meldpunt/config/x.h:6: \"kiosk/intake_server.h\" is not in a layer of the core; the core may not include "
            "the programs or anything outside meldpunt/",
        });
}

TEST_CASE("layers: the layers can be stacked, each above every layer it uses, so none depend on each other") {
  std::set<std::string> stacked;
  bool progress = true;
  while (progress && stacked.size() < AllowedLayers().size()) {
    progress = false;
    for (const auto& [layer, uses] : AllowedLayers()) {
      if (stacked.count(layer)) continue;
      if (std::all_of(uses.begin(), uses.end(), [&](const std::string& used) { return stacked.count(used) > 0; })) {
        stacked.insert(layer);
        progress = true;
      }
    }
  }
  CHECK(stacked.size() == AllowedLayers().size());
}

}  // namespace
}  // namespace nietpluis
