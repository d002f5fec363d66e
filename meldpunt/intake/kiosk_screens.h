// The kiosk's screens as HTML: the templates of templates/kiosk/, filled from the resident's answers.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "config/kiosk_config.h"
#include "intake/kiosk_flow.h"
#include "intake/public_frame.h"
#include "render/templates.h"
#include "render/texts.h"

namespace nietpluis {

// Renders every screen of the intake. Thread-safe: the HTTP threads share one instance, and each
// render borrows a parsed template set from a small pool (the Mustache engine keeps state).
class KioskScreens {
 public:
  // Checks that every screen template is there and parses, and reads the texts of KioskTextsFile:
  // those of the form and the screens, and `more_text_keys` (what else the program shows or sends).
  // Every problem goes to `diagnostics` (a templates folder can have several, each naming its file);
  // the error is the first of them.
  static Result<std::unique_ptr<KioskScreens>> Load(const KioskConfig& config,
                                                    const std::filesystem::path& templates_dir, Env* env,
                                                    Diagnostics* diagnostics,
                                                    const std::vector<std::string>& more_text_keys = {});

  // The whole page for `view`. Template errors were found at load, so this cannot fail for a
  // template that loaded; a failure still yields a plain page with the phone number.
  std::string Render(const ScreenView& view);

  // The texts as loaded, for what else the program shows or sends.
  const Texts& texts() const { return texts_; }

  // From now on every screen of the kiosk shows the "Lees voor" button for its audio (made by the
  // program, served as assets/voorlezen/<ScreenAudioName>.mp3). Call before serving.
  void SetReadAloud(bool on) { read_aloud_ = on; }

 private:
  KioskScreens(const KioskConfig& config, TemplateSet templates, Texts texts, std::optional<PublicFrame> frame);
  // Public mode: the screen in the site's own layout, with its menu, footer and danger box.
  Result<std::string> RenderInSiteLayout(Renderer& renderer, const ScreenView& view, TemplateData data);
  std::unique_ptr<Renderer> Borrow();
  void Return(std::unique_ptr<Renderer> renderer);

  const KioskConfig config_;  // a copy: the screens outlive wherever the configuration was loaded
  TemplateSet templates_;
  Texts texts_;
  TemplateData site_;
  std::optional<PublicFrame> frame_;  // public mode only
  std::mutex pool_mutex_;
  std::vector<std::unique_ptr<Renderer>> pool_;
  bool read_aloud_ = false;
};

// Every text the screens use beyond the form's: titles ("titel.adres"), problems, the plain
// page shown when no screen can be made.
const std::vector<std::string>& ScreenTextKeys();

// The template name (under kiosk/) and page title of each screen.
std::string ScreenTemplate(KioskScreen screen);
std::string ScreenTitle(const Texts& texts, KioskScreen screen);

// Every screen there is, for what is made once per screen (the read-aloud audio).
const std::vector<KioskScreen>& AllKioskScreens();
// The name of a screen's read-aloud file: its template's, the problem screens by their problem.
std::string ScreenAudioName(KioskScreen screen);

// The Mustache values of one screen; exposed so tests can check what a screen shows.
TemplateData ScreenData(const ScreenView& view, const KioskConfig& config, const Texts& texts);

}  // namespace nietpluis
