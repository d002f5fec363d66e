// The kiosk's "Lees voor": one MP3 per screen, made when the kiosk starts from what the screen asks
// (its question, hint and choices as the templates say them, never a resident's answers), kept in
// memory with the other assets and served from there.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "config/kiosk_config.h"
#include "intake/kiosk_screens.h"
#include "intake_server.h"

namespace nietpluis::kiosk {

struct ScreenAudioSummary {
  bool on = false;        // every screen has its audio and its button
  std::size_t screens = 0;
  std::size_t made = 0;    // spoken at this start...
  std::size_t reused = 0;  // ...or taken from the cache in the data folder
  std::string problem;     // why there is no audio, when [voorlezen] is on but it failed
};

// Where a kiosk keeps the audio of its screens between starts.
std::filesystem::path ScreenAudioCache(const KioskConfig& config);

// Only on a kiosk (not the public intake: the site has its own player) and with [voorlezen] aan in
// site.toml. Adds "voorlezen/<screen>.mp3" and "voorlezen.js" to `assets` and turns the screens'
// button on; on any failure adds nothing and says why, so the kiosk starts without audio.
ScreenAudioSummary AddScreenAudio(const KioskConfig& config, KioskScreens& screens,
                                  const std::filesystem::path& templates_dir, AssetMap* assets);

// For `status`: whether the screens can be read aloud, from the voice and the audio the kiosk made
// at its last start; "" when read-aloud is off or this is the public intake.
std::string ScreenAudioStatus(const KioskConfig& config);

// The log line for the summary, Dutch like the kiosk's other lines.
std::string DescribeScreenAudio(const ScreenAudioSummary& summary);

}  // namespace nietpluis::kiosk
