// Tests the main menu: only pages with `menu`, in order, labelled by menu_title when given.
#include <catch2/catch.hpp>

#include "content/menu.h"

namespace nietpluis {
namespace {

Page MakePage(const std::string& slug, const std::string& title, std::optional<int> menu,
              const std::string& menu_title = "") {
  Page page;
  page.slug = slug;
  page.title = title;
  page.menu = menu;
  page.menu_title = menu_title;
  return page;
}

}  // namespace

TEST_CASE("the menu holds pages with a menu number, in that order", "[menu]") {
  std::vector<Page> pages = {MakePage("c", "Derde", 3), MakePage("", "Start", 1, "Home"),
                             MakePage("verborgen", "Niet in het menu", std::nullopt), MakePage("b", "Tweede", 2)};
  std::vector<MenuItem> menu = BuildMenu(pages);
  REQUIRE(menu.size() == 3);
  CHECK(menu[0].label == "Home");
  CHECK(menu[0].slug == "");
  CHECK(menu[1].label == "Tweede");
  CHECK(menu[2].label == "Derde");
  CHECK(menu[2].order == 3);
}

TEST_CASE("pages with the same menu number are ordered by label", "[menu]") {
  std::vector<Page> pages = {MakePage("z", "Zorgen", 5), MakePage("a", "Adressen", 5)};
  std::vector<MenuItem> menu = BuildMenu(pages);
  REQUIRE(menu.size() == 2);
  CHECK(menu[0].slug == "a");
  CHECK(menu[1].slug == "z");
}

TEST_CASE("no page with a menu number gives an empty menu", "[menu]") {
  CHECK(BuildMenu({MakePage("a", "A", std::nullopt)}).empty());
}

}  // namespace nietpluis

namespace nietpluis {

TEST_CASE("a menu number used twice is a warning at the later page's menu line", "[menu]") {
  Page first = MakePage("a", "Adressen", 5);
  first.source_file = "content/pages/a.md";
  first.menu_line = 4;
  Page second = MakePage("z", "Zorgen", 5);
  second.source_file = "content/pages/z.md";
  second.menu_line = 3;
  Page other = MakePage("b", "Anders", 6);
  Diagnostics diagnostics;
  WarnDuplicateMenuNumbers({first, second, other}, &diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.error_count() == 0);
  CHECK(diagnostics.all()[0].ToString() ==
        "content/pages/z.md:3: waarschuwing: menu: 5 staat ook in content/pages/a.md; geef elke pagina in het menu een "
        "eigen nummer");
}

}  // namespace nietpluis
