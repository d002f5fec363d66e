// Tests for kiosk/systemd, kiosk/nietpluis-kiosk-scherm and scripts/install-kiosk.sh: what IT staff install.
#include <catch2/catch.hpp>

#include <regex>

#include "kiosk/kiosk_fixture.h"

namespace nietpluis::kiosk {
namespace {

using namespace nietpluis::testing;

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

TEST_CASE("The services restart always, run as their own user and are hardened; systemd accepts them", "[deployment]") {
  const auto [file, config] = GENERATE(table<std::string, std::string>(
      {{"kiosk/systemd/nietpluis-kiosk.service", "/etc/nietpluis/kiosk.toml"},
       {"docs/nietpluis-intake.service", "/etc/nietpluis/intake.toml"}}));
  INFO(file);
  const std::string unit = ReadText(SourceDir() / file);
  CHECK(unit.find("\nExecStart=/usr/local/bin/nietpluis-kiosk --config " + config + "\n") != std::string::npos);
  for (const char* line : {"User=nietpluis", "Restart=always", "StateDirectoryMode=0700",
                           "UMask=0077", "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes",
                           "PrivateTmp=yes", "PrivateDevices=yes", "CapabilityBoundingSet=",
                           "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
                           // A core file would hold the reports in memory at the crash, for days.
                           "LimitCORE=0"}) {
    INFO(line);
    CHECK(std::regex_search(unit, std::regex("(^|\\n)" + std::string(line) + "\\n")));
  }
  TempDir dir;
  const std::filesystem::path copy = dir / std::filesystem::path(file).filename();
  WriteText(copy, Replaced(unit, "/usr/local/bin/nietpluis-kiosk", KioskBinary()));
  CommandResult verify = Run("systemd-analyze verify " + Quote(copy.string()) + " 2>&1");
  INFO(verify.out);
  CHECK(verify.exit_code == 0);
  CHECK(verify.out.empty());
}

TEST_CASE("install-kiosk.sh lays out programs, templates and a configuration that only lacks its secrets", "[deployment]") {
  TempDir root;
  const std::filesystem::path build = std::filesystem::path(KioskBinary()).parent_path().parent_path();
  CommandResult install = Run("BUILD_DIR=" + Quote(build.string()) + " scripts/install-kiosk.sh --root " +
                                  Quote(root.path().string()),
                              SourceDir());
  INFO(install.out << install.err);
  REQUIRE(install.exit_code == 0);
  for (const char* file : {"usr/local/bin/nietpluis-kiosk", "usr/local/bin/nietpluis-kiosk-scherm",
                           "usr/local/lib/systemd/system/nietpluis-kiosk.service",
                           "usr/local/share/nietpluis/templates/kiosk/start.mustache",
                           "usr/local/share/nietpluis/templates/kiosk/kiosk.js",
                           "usr/local/share/nietpluis/templates/assets/style.css",
                           "usr/local/share/nietpluis/nietpluis-kiosk-scherm.desktop", "etc/nietpluis/kiosk.toml",
                           "etc/nietpluis/inhoud/site.toml", "etc/nietpluis/inhoud/beeld/logo.svg"}) {
    INFO(file);
    CHECK(std::filesystem::exists(root / file));
  }
  CHECK((std::filesystem::status(root / "etc/nietpluis/geheim").permissions() & std::filesystem::perms::others_all) ==
        std::filesystem::perms::none);
  // The kiosk's Chromium shows only the kiosk and calls none of its maker's services.
  const nlohmann::json policy =
      nlohmann::json::parse(ReadText(root / "etc/chromium/policies/managed/nietpluis-kiosk.json"));
  CHECK(policy["URLBlocklist"] == nlohmann::json{"*"});
  CHECK(policy["URLAllowlist"] == nlohmann::json{"127.0.0.1", "localhost"});
  for (const char* off : {"SpellcheckEnabled", "SpellCheckServiceEnabled", "ComponentUpdatesEnabled", "SearchSuggestEnabled",
                          "MetricsReportingEnabled", "PasswordManagerEnabled", "AutofillAddressEnabled", "TranslateEnabled"}) {
    INFO(off);
    CHECK(policy[off] == false);
  }
  CHECK(policy["BrowserSignin"] == 0);

  // With the organisations' secrets in place, the installed kiosk accepts its configuration.
  const std::filesystem::path etc = root / "etc/nietpluis";
  const std::string toml = ReadText(etc / "kiosk.toml");
  CHECK(toml.find("\ninhoud = \"inhoud\"\n") != std::string::npos);
  WriteText(etc / "kiosk.toml", Replaced(toml, "/etc/nietpluis/geheim/", (etc / "geheim").string() + "/"));
  for (const char* secret : {"welzijn-noord.key", "buurtwerk-zuid.wachtwoord"}) {
    WriteText(etc / "geheim" / secret, "geheim\n");
    std::filesystem::permissions(etc / "geheim" / secret, std::filesystem::perms::owner_read);
  }
  CommandResult check = Run(Quote((root / "usr/local/bin/nietpluis-kiosk").string()) + " controleer --config " +
                            Quote((etc / "kiosk.toml").string()));
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(check.out.find("Meldzuil: buurthuis-de-kroon (Buurthuis De Kroon)") != std::string::npos);

  // A second run keeps what the municipality changed.
  WriteText(etc / "kiosk.toml", ReadText(etc / "kiosk.toml") + "# aangepast\n");
  REQUIRE(Run("BUILD_DIR=" + Quote(build.string()) + " scripts/install-kiosk.sh --root " + Quote(root.path().string()),
              SourceDir())
              .exit_code == 0);
  CHECK(ReadText(etc / "kiosk.toml").find("# aangepast\n") != std::string::npos);
}

TEST_CASE("The screen launcher waits for the kiosk, then opens its start screen in Chromium in kiosk mode", "[deployment]") {
  HttpsReceiver receiver;
  KioskProcess kiosk(HttpsOrganisation("noord", "[\"1000-1099\"]", receiver));
  TempDir bin;
  // The real Chromium, told to run headless and print the page instead of opening a window.
  WriteText(bin / "chromium",
            "#!/bin/sh\n"
            "echo \"$@\" > " + Quote((bin / "arguments").string()) + "\n"
            "exec /usr/bin/chromium --headless --no-sandbox --disable-gpu --dump-dom \"$@\" > " +
                Quote((bin / "dom.html").string()) + " 2>/dev/null\n");
  std::filesystem::permissions(bin / "chromium", std::filesystem::perms::owner_all);
  const std::string url = "http://127.0.0.1:" + std::to_string(kiosk.port()) + "/";
  std::thread start_later([&] {
    std::this_thread::sleep_for(std::chrono::seconds(2));
    kiosk.Start();
  });
  CommandResult launcher = Run("PATH=" + Quote(bin.path().string()) + ":$PATH DISPLAY= timeout 25 " +
                               Quote((SourceDir() / "kiosk/nietpluis-kiosk-scherm").string()) + " " + url +
                               " & sleep 1; while [ ! -s " + Quote((bin / "dom.html").string()) +
                               " ]; do sleep 0.5; done; kill %1");
  start_later.join();
  CHECK(launcher.err.find("nietpluis-kiosk-scherm: wacht op de meldzuil op " + url) != std::string::npos);
  const std::string arguments = ReadText(bin / "arguments");
  CHECK(arguments.find("--kiosk --incognito --user-data-dir=") == 0);
  CHECK(arguments.find("--disable-background-networking") != std::string::npos);
  CHECK(arguments.substr(arguments.size() - url.size() - 1) == url + "\n");
  CHECK(ReadText(bin / "dom.html").find("<h1>Maakt u zich zorgen om iemand in de buurt?</h1>") != std::string::npos);
}

}  // namespace
}  // namespace nietpluis::kiosk
