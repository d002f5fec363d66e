// espeak-ng through its C API: synchronous output into a callback that appends to a buffer.
#include "speech/espeak_voice.h"

#include <espeak-ng/speak_lib.h>
#include <pthread.h>
#include <signal.h>

#include <filesystem>
#include <mutex>

namespace nietpluis {
namespace {

// The engine's state is global in the library: one lock for starting it and every synthesis.
std::mutex& EngineMutex() {
  static std::mutex mutex;
  return mutex;
}

// Where the callback appends; only touched under EngineMutex.
std::vector<std::int16_t>* g_target = nullptr;

int CollectSamples(short* samples, int count, espeak_EVENT*) {
  if (samples != nullptr && count > 0 && g_target != nullptr) g_target->insert(g_target->end(), samples, samples + count);
  return 0;  // go on
}

// 0 when starting failed; the sample rate otherwise. Started once per process.
int StartEngine() {
  static const int sample_rate = [] {
    // espeak-ng 1.51 starts a thread of its own here (and probes the sound card through pcaudiolib even
    // for synchronous output). That thread must not take the signals the programs wait for with
    // sigwait (the kiosk's SIGTERM): it would end the process without a clean stop. Threads inherit
    // the mask of the thread that makes them, so every signal is blocked while it is made.
    sigset_t all, before;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &before);
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    pthread_sigmask(SIG_SETMASK, &before, nullptr);
    if (rate <= 0) return 0;
    espeak_SetSynthCallback(CollectSamples);
    return rate;
  }();
  return sample_rate;
}

// The voice's data files as they are, so new data after an upgrade makes new audio.
std::string DataFingerprint(Env* env, const std::filesystem::path& data) {
  std::string fingerprint;
  for (const char* file : {"phontab", "phonindex", "phondata", "nl_dict", "lang/gmw/nl"}) {
    Result<std::string> contents = env->ReadFile(data / file);
    fingerprint += std::string(file) + ":" + (contents.ok() ? std::to_string(contents.value().size()) + ":" +
                                                                  std::to_string(std::hash<std::string>{}(contents.value()))
                                                            : std::string("-")) +
                   ";";
  }
  return fingerprint;
}

Diagnostic EngineError(const std::string& problem) {
  return Error("espeak-ng", 0, problem,
               "installeer de Debian-pakketten libespeak-ng1 en espeak-ng-data, of zet voorlezen uit");
}

}  // namespace

Result<std::unique_ptr<EspeakVoice>> EspeakVoice::Create(const EspeakSettings& settings, Env* env) {
  std::lock_guard<std::mutex> lock(EngineMutex());
  const int sample_rate = StartEngine();
  if (sample_rate == 0) return EngineError("de spraakmaker start niet");
  if (espeak_SetVoiceByName(settings.voice.c_str()) != EE_OK) {
    return EngineError("de stem \"" + settings.voice + "\" is er niet");
  }
  const char* data_path = nullptr;
  const char* version = espeak_Info(&data_path);
  const std::string identity = "espeak-ng " + std::string(version ? version : "?") + " " + settings.voice + " rate " +
                               std::to_string(settings.words_per_minute) + " pitch " + std::to_string(settings.pitch) +
                               " range " + std::to_string(settings.pitch_range) + " gap " +
                               std::to_string(settings.word_gap_10ms) + " " + std::to_string(sample_rate) + " Hz " +
                               DataFingerprint(env, data_path ? data_path : "");
  return std::unique_ptr<EspeakVoice>(new EspeakVoice(settings, identity, sample_rate));
}

Result<Pcm> EspeakVoice::Speak(const PreparedSpeech& speech) {
  std::lock_guard<std::mutex> lock(EngineMutex());
  // Set each time: another voice object of this process may have changed the shared engine.
  if (espeak_SetVoiceByName(settings_.voice.c_str()) != EE_OK) return EngineError("de stem \"" + settings_.voice + "\" is er niet");
  espeak_SetParameter(espeakRATE, settings_.words_per_minute, 0);
  espeak_SetParameter(espeakPITCH, settings_.pitch, 0);
  espeak_SetParameter(espeakRANGE, settings_.pitch_range, 0);
  espeak_SetParameter(espeakWORDGAP, settings_.word_gap_10ms, 0);
  Pcm pcm;
  pcm.sample_rate = sample_rate_;
  g_target = &pcm.samples;
  for (const SpokenLine& line : speech.lines) {
    pcm.line_starts_ms.push_back(static_cast<int>(pcm.samples.size() * 1000 / static_cast<std::size_t>(sample_rate_)));
    const espeak_ERROR result = espeak_Synth(line.text.c_str(), line.text.size() + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8, nullptr, nullptr);
    if (result != EE_OK) {
      g_target = nullptr;
      return EngineError("de spraakmaker kon \"" + line.text + "\" niet uitspreken");
    }
    pcm.samples.insert(pcm.samples.end(), static_cast<std::size_t>(sample_rate_) * line.pause_ms / 1000, 0);
  }
  g_target = nullptr;
  return pcm;
}

}  // namespace nietpluis
