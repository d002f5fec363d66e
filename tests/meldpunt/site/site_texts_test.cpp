// Tests of the site build's own texts in templates/teksten/nietpluis.toml.
#include "site/site_texts.h"

#include <catch2/catch.hpp>

#include <string>

#include "test_support.h"

namespace nietpluis {
namespace {

TEST_CASE("The stock templates hold every text the site build needs", "[build][teksten]") {
  Result<Texts> texts = LoadSiteTexts(Env::Default(), testing::TemplatesDir());
  REQUIRE(texts.ok());
  for (const std::string& key : SiteTextKeys()) {
    CAPTURE(key);
    CHECK_FALSE(texts.value().Get(key).empty());
  }
  CHECK(texts.value().Get(kNotFoundTitle) == "Deze pagina bestaat niet");
}

TEST_CASE("A missing site text is an error that names the file", "[build][teksten]") {
  testing::TempDir dir;
  testing::WriteText(dir / "teksten/nietpluis.toml", "[site.niet_gevonden]\ntitel = \"Weg\"\n");
  Result<Texts> texts = LoadSiteTexts(Env::Default(), dir.path());
  REQUIRE_FALSE(texts.ok());
  const std::string message = texts.error().ToString();
  CHECK(message.rfind((dir / "teksten/nietpluis.toml").string() + ": de tekst \"site.niet_gevonden.beschrijving\" ontbreekt", 0) == 0);
}

}  // namespace
}  // namespace nietpluis
