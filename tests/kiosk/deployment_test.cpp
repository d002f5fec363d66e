// Tests for kiosk/systemd, kiosk/chromium-beleid.json and kiosk/nietpluis-kiosk-scherm: what IT staff
// install with the nietpluis-kiosk package (the package itself: tests/packaging/package_test.sh).
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
       {"kiosk/systemd/nietpluis-intake.service", "/etc/nietpluis/intake.toml"}}));
  INFO(file);
  const std::string unit = ReadText(SourceDir() / file);
  CHECK(unit.find("\nExecStart=/usr/bin/nietpluis-kiosk --config " + config + "\n") != std::string::npos);
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
  WriteText(copy, Replaced(unit, "/usr/bin/nietpluis-kiosk", KioskBinary()));
  CommandResult verify = Run("systemd-analyze verify " + Quote(copy.string()) + " 2>&1");
  INFO(verify.out);
  CHECK(verify.exit_code == 0);
  CHECK(verify.out.empty());
}

TEST_CASE("The kiosk's Chromium policy shows only the kiosk and calls none of its maker's services", "[deployment]") {
  const nlohmann::json policy = nlohmann::json::parse(ReadText(SourceDir() / "kiosk/chromium-beleid.json"));
  CHECK(policy["URLBlocklist"] == nlohmann::json{"*"});
  CHECK(policy["URLAllowlist"] == nlohmann::json{"127.0.0.1", "localhost"});
  for (const char* off : {"SpellcheckEnabled", "SpellCheckServiceEnabled", "ComponentUpdatesEnabled", "SearchSuggestEnabled",
                          "MetricsReportingEnabled", "PasswordManagerEnabled", "AutofillAddressEnabled", "TranslateEnabled"}) {
    INFO(off);
    CHECK(policy[off] == false);
  }
  CHECK(policy["BrowserSignin"] == 0);
}

TEST_CASE("The daily IT message runs once a day as the service's user, hardened; systemd accepts it", "[deployment]") {
  TempDir dir;
  const std::string service = ReadText(SourceDir() / "kiosk/systemd/nietpluis-it-bericht@.service");
  CHECK(service.find("\nExecStart=/usr/bin/nietpluis-kiosk it-bericht --config /etc/nietpluis/%i.toml\n") !=
        std::string::npos);
  for (const char* line : {"User=nietpluis", "Type=oneshot", "NoNewPrivileges=yes", "ProtectSystem=strict", "LimitCORE=0"}) {
    INFO(line);
    CHECK(std::regex_search(service, std::regex("(^|\\n)" + std::string(line) + "\\n")));
  }
  WriteText(dir / "nietpluis-it-bericht@.service", Replaced(service, "/usr/bin/nietpluis-kiosk", KioskBinary()));
  WriteText(dir / "nietpluis-it-bericht@.timer", ReadText(SourceDir() / "kiosk/systemd/nietpluis-it-bericht@.timer"));
  CommandResult verify = Run("systemd-analyze verify nietpluis-it-bericht@kiosk.service nietpluis-it-bericht@kiosk.timer 2>&1",
                             dir.path());
  INFO(verify.out);
  CHECK(verify.exit_code == 0);
  CHECK(verify.out.empty());
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
