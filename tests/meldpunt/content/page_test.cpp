// Tests loading a page file: slugs from file names, relative URLs for internal links.
#include <catch2/catch.hpp>

#include <algorithm>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/parallel.h"
#include "content/page.h"
#include "test_support.h"

namespace nietpluis {

using testing::TempDir;
using testing::WriteText;

TEST_CASE("root-absolute links become relative to the page", "[page]") {
  CHECK(RelativeInternalUrl("/hoe-meld-ik/", "../") == "../hoe-meld-ik/");
  CHECK(RelativeInternalUrl("/hoe-meld-ik/#kop", "") == "hoe-meld-ik/#kop");
  CHECK(RelativeInternalUrl("/", "../") == "../");
  CHECK(RelativeInternalUrl("/", "") == "./");
  CHECK(RelativeInternalUrl("/#boven", "") == "./#boven");
  CHECK(RelativeInternalUrl("/beeld/foto.jpg", "../") == "../beeld/foto.jpg");
  CHECK_FALSE(RelativeInternalUrl("//cdn.example.org/x.js", "../"));
  CHECK_FALSE(RelativeInternalUrl("https://example.org/", "../"));
  CHECK_FALSE(RelativeInternalUrl("#kop", "../"));
  CHECK_FALSE(RelativeInternalUrl("pagina/", "../"));
}

TEST_CASE("the slug comes from the file name, index.md is home, front matter wins", "[page]") {
  TempDir dir;
  WriteText(dir / "wat-is-dit.md", "---\ntitle: T\ndescription: D\n---\n[start](/)\n");
  WriteText(dir / "index.md", "---\ntitle: T\ndescription: D\n---\n[a](/wat-is-dit/)\n");
  WriteText(dir / "lang.md", "---\ntitle: T\ndescription: D\nslug: kort\n---\n");
  Diagnostics diagnostics;
  auto page = LoadPage(Env::Default(), dir / "wat-is-dit.md", "pages/wat-is-dit.md", &diagnostics);
  REQUIRE(page);
  CHECK(page->slug == "wat-is-dit");
  CHECK(page->OutputFile() == "wat-is-dit/index.html");
  CHECK(page->body_html == "<p><a href=\"../\">start</a></p>\n");
  auto home = LoadPage(Env::Default(), dir / "index.md", "pages/index.md", &diagnostics);
  REQUIRE(home);
  CHECK(home->is_home());
  CHECK(home->OutputFile() == "index.html");
  CHECK(home->body_html == "<p><a href=\"wat-is-dit/\">a</a></p>\n");
  auto renamed = LoadPage(Env::Default(), dir / "lang.md", "pages/lang.md", &diagnostics);
  REQUIRE(renamed);
  CHECK(renamed->slug == "kort");
  CHECK(renamed->slug_line == 4);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("a page's text starts with its title, at the line of title:, as a heading", "[page]") {
  TempDir dir;
  WriteText(dir / "over.md", "---\ndescription: Wie wij zijn.\ntitle: Wie zijn wij?\n---\nWij helpen.\n");
  Diagnostics diagnostics;
  std::optional<Page> page = LoadPage(Env::Default(), dir / "over.md", "over.md", &diagnostics);
  REQUIRE(page);
  REQUIRE(page->text.size() == 2);
  CHECK(page->text[0].kind == TextBlockKind::kHeading);
  REQUIRE(page->text[0].runs.size() == 1);
  CHECK(page->text[0].runs[0].text == "Wie zijn wij?");
  CHECK(page->text[0].runs[0].line == 3);
  CHECK(page->text[1].runs.at(0).text == "Wij helpen.");
  CHECK(page->text[1].runs.at(0).line == 5);
}

TEST_CASE("a file name that cannot be a web address is reported with a better name", "[page]") {
  TempDir dir;
  WriteText(dir / "Hoe Meld Ik.md", "---\ntitle: T\ndescription: D\n---\n");
  Diagnostics diagnostics;
  LoadPage(Env::Default(), dir / "Hoe Meld Ik.md", "pages/Hoe Meld Ik.md", &diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() == "pages/Hoe Meld Ik.md:1: de bestandsnaam kan niet in een webadres; noem "
                                           "het bestand hoe-meld-ik.md, of zet slug: in de front matter");
}

TEST_CASE("LoadPages hands each page it loads to the callback, on its worker, with its index", "[page]") {
  TempDir dir;
  std::vector<std::filesystem::path> files;
  for (int i = 0; i < 20; ++i) {
    files.push_back(dir / ("p" + std::to_string(i) + ".md"));
    WriteText(files.back(), "---\ntitle: Pagina " + std::to_string(i) + "\ndescription: D\n---\nWij bellen u.\n");
  }
  files.insert(files.begin() + 5, dir / "weg.md");  // cannot be read: left out, without a call
  std::mutex mutex;
  std::vector<std::pair<std::size_t, std::string>> seen;
  bool workers_in_range = true, text_given = true;
  Diagnostics diagnostics;
  std::vector<Page> pages =
      LoadPages(Env::Default(), files, &diagnostics, [&](unsigned worker, std::size_t index, Page& page) {
        std::lock_guard<std::mutex> lock(mutex);
        workers_in_range = workers_in_range && worker < WorkerCount();
        text_given = text_given && !page.text.empty();
        seen.emplace_back(index, page.title);
        page.text.clear();  // what the callback leaves is what LoadPages returns
      });
  CHECK(workers_in_range);
  CHECK(text_given);
  std::sort(seen.begin(), seen.end());
  REQUIRE(seen.size() == 20);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    const std::size_t file = i < 5 ? i : i + 1;
    CHECK(seen[i] == std::make_pair(file, "Pagina " + std::to_string(i)));
  }
  REQUIRE(pages.size() == 20);
  for (const Page& page : pages) CHECK(page.text.empty());
  CHECK(pages[5].title == "Pagina 5");
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].file == (dir / "weg.md").string());
}

TEST_CASE("an unreadable page is reported under the path the user knows", "[page]") {
  TempDir dir;
  Diagnostics diagnostics;
  CHECK_FALSE(LoadPage(Env::Default(), dir / "weg.md", "pages/weg.md", &diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].ToString() ==
        "pages/weg.md: kan niet lezen (No such file or directory); kijk of het bestand bestaat en leesbaar is");
}

}  // namespace nietpluis
