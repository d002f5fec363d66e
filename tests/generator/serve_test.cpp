// Tests the preview server on loopback: pretty URLs, the reload script, rebuilds on change, and that
// requests cannot leave the site folder.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <chrono>
#include <thread>

#include "serve.h"
#include "test_support.h"

namespace nietpluis::cli {
namespace {

using testing::TempDir;
using testing::WriteText;

struct Preview {
  TempDir dir;
  std::unique_ptr<PreviewServer> server;

  Preview() {
    testing::WriteMinimalContent(dir / "content");
    BuildOptions options;
    options.content_dir = dir / "content";
    options.templates_dir = testing::TemplatesDir();
    options.out_dir = dir / "preview";
    server = std::make_unique<PreviewServer>(options);
    REQUIRE(server->BuildOnce());
    REQUIRE(server->Listen(0));
  }

  httplib::Result Get(const std::string& path) {
    httplib::Client client("127.0.0.1", server->port());
    client.set_connection_timeout(5);
    client.set_read_timeout(5);
    return client.Get(path.c_str());
  }
};

}  // namespace

TEST_CASE("serve answers pretty URLs and adds the reload script to HTML only", "[serve]") {
  Preview preview;
  auto home = preview.Get("/");
  REQUIRE(home);
  CHECK(home->status == 200);
  CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(home->body.find("<script src=\"/_nietpluis/herladen.js\" defer></script></body>") != std::string::npos);
  auto page = preview.Get("/over/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("<h1>Over ons</h1>") != std::string::npos);
  auto css = preview.Get("/assets/style.css");
  REQUIRE(css);
  CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");
  CHECK(css->body.find("herladen") == std::string::npos);
  auto script = preview.Get("/_nietpluis/herladen.js");
  REQUIRE(script);
  CHECK(script->body.find("/_nietpluis/versie") != std::string::npos);
  // The built files themselves stay free of the script.
  CHECK(testing::ReadText(preview.dir / "preview/index.html").find("herladen") == std::string::npos);
}

TEST_CASE("serve redirects a folder without slash and answers unknown pages with the 404 page", "[serve]") {
  Preview preview;
  auto folder = preview.Get("/over");
  REQUIRE(folder);
  CHECK(folder->status == 301);
  CHECK(folder->get_header_value("Location") == "/over/");
  auto missing = preview.Get("/bestaat-niet/");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(missing->body.find("<h1>Deze pagina bestaat niet</h1>") != std::string::npos);
}

TEST_CASE("serve never serves a file outside the site folder", "[serve]") {
  Preview preview;
  WriteText(preview.dir / "geheim.txt", "geheim");
  for (const char* path : {"/../geheim.txt", "/%2e%2e/geheim.txt", "/over/../../geheim.txt", "/..%2fgeheim.txt",
                           "/%2e%2e%2fgeheim.txt", "/..\\geheim.txt", "/%252e%252e%252fgeheim.txt",
                           "/%2e%2e%5cgeheim.txt", "/over/%2e%2e/%2e%2e/geheim.txt", "/%00/../geheim.txt",
                           "/....//geheim.txt"}) {
    CAPTURE(path);
    auto result = preview.Get(path);
    REQUIRE(result);
    CHECK(result->status >= 400);
    CHECK(result->body.find("geheim") == std::string::npos);
  }
  auto still = preview.Get("/");
  REQUIRE(still);
  CHECK(still->status == 200);
}

TEST_CASE("a change to the content rebuilds and bumps the version the page polls", "[serve]") {
  Preview preview;
  auto version_before = preview.Get("/_nietpluis/versie");
  REQUIRE(version_before);
  CHECK(version_before->body == "1");
  CHECK_FALSE(preview.server->RebuildIfChanged());

  WriteText(preview.dir / "content/pages/over.md",
            "---\ntitle: Over ons, vernieuwd\ndescription: Wie wij zijn.\nmenu: 2\n---\nTerug naar [start](/).\n");
  CHECK(preview.server->RebuildIfChanged());
  CHECK(preview.Get("/_nietpluis/versie")->body == "2");
  CHECK(preview.Get("/over/")->body.find("<h1>Over ons, vernieuwd</h1>") != std::string::npos);
}

TEST_CASE("a broken change shows the errors above the last good page, and the fix brings the site back", "[serve]") {
  Preview preview;
  WriteText(preview.dir / "content/pages/over.md", "---\ntitle: Kapot <b>\n---\n");
  CHECK_FALSE(preview.server->RebuildIfChanged());
  CHECK(preview.server->last_build_failed());
  CHECK(preview.Get("/_nietpluis/versie")->body == "2");  // the open page reloads to show the errors
  auto page = preview.Get("/over/");
  REQUIRE(page);
  CHECK(page->status == 500);
  const std::size_t errors_at = page->body.find("<strong>De nieuwe versie kon niet gemaakt worden.</strong>");
  const std::size_t old_page_at = page->body.find("<h1>Over ons</h1>");
  CHECK(errors_at != std::string::npos);
  CHECK(old_page_at != std::string::npos);
  CHECK(errors_at < old_page_at);
  CHECK(page->body.find("over.md:1: de beschrijving ontbreekt") != std::string::npos);
  // A page the last good build did not have shows only the errors.
  auto missing = preview.Get("/nieuw/");
  REQUIRE(missing);
  CHECK(missing->status == 500);
  CHECK(missing->body.find("<h1>De site kon niet gemaakt worden</h1>") != std::string::npos);
  CHECK(page->body.find("/_nietpluis/herladen.js") != std::string::npos);
  // Assets of the last good build stay available.
  CHECK(preview.Get("/assets/style.css")->status == 200);

  WriteText(preview.dir / "content/pages/over.md",
            "---\ntitle: Weer heel\ndescription: Wie wij zijn.\nmenu: 2\n---\nTerug naar [start](/).\n");
  CHECK(preview.server->RebuildIfChanged());
  CHECK_FALSE(preview.server->last_build_failed());
  CHECK(preview.Get("/_nietpluis/versie")->body == "3");
  CHECK(preview.Get("/over/")->body.find("<h1>Weer heel</h1>") != std::string::npos);
}

TEST_CASE("serve shows the staff folder below /_intern/ and the site also below its folder's name", "[serve]") {
  Preview preview;
  auto index = preview.Get("/_intern/");
  REQUIRE(index);
  CHECK(index->status == 200);
  CHECK(index->body.find("<h1>Voor de makers van de website</h1>") != std::string::npos);
  auto report = preview.Get("/_intern/_taal/");
  REQUIRE(report);
  CHECK(report->status == 200);
  // The report links to a page as the folders lie on disk: ../../preview/over/ from /_intern/_taal/.
  CHECK(report->body.find("<a href=\"../../preview/over/\">bekijk de pagina</a>") != std::string::npos);
  auto linked = preview.Get("/preview/over/");
  REQUIRE(linked);
  CHECK(linked->body.find("<h1>Over ons</h1>") != std::string::npos);
  // The staff pages are not in the site.
  CHECK(preview.Get("/_taal/")->status == 404);
}

TEST_CASE("the watcher picks up a template change by itself", "[serve]") {
  Preview preview;
  TempDir templates;
  // Watch a private copy of the templates so the test can change one.
  std::filesystem::copy(testing::TemplatesDir(), templates.path(), std::filesystem::copy_options::recursive);
  BuildOptions options;
  options.content_dir = preview.dir / "content";
  options.templates_dir = templates.path();
  options.out_dir = preview.dir / "preview2";
  PreviewServer server(options);
  REQUIRE(server.BuildOnce());
  server.WatchInBackground(std::chrono::milliseconds(20));
  std::string layout = testing::ReadText(templates / "layout.mustache");
  layout.replace(layout.find("</main>"), 7, "<p>Nieuwe regel</p></main>");
  WriteText(templates / "layout.mustache", layout);
  // Bounded wait for the background thread; the assertion is on the outcome, not the time.
  for (int i = 0; i < 250 && server.version() < 2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK(server.version() == 2);
  CHECK(testing::ReadText(preview.dir / "preview2/index.html").find("<p>Nieuwe regel</p>") != std::string::npos);
  server.Stop();
}

}  // namespace nietpluis::cli
