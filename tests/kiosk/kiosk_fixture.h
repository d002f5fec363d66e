// Real peers for the kiosk's end-to-end tests: a certificate authority, an HTTPS receiver, an SMTP
// server, and the nietpluis-kiosk program itself, all on loopback.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace httplib {
class SSLServer;
}

namespace nietpluis::testing {

// A CA and a server certificate for 127.0.0.1 and localhost, made once per test run with openssl.
struct TestCertificates {
  std::filesystem::path ca;
  std::filesystem::path cert;
  std::filesystem::path key;
};
const TestCertificates& Certificates();

// A TCP port on 127.0.0.1 that nothing listens on right now.
int FreePort();

// Polls `done` every 20 ms until it holds or `limit` passes.
bool WaitUntil(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(20));

// A program the tests start, with stdout and stderr into a log file; killed when it goes out of scope.
class ChildProcess {
 public:
  ChildProcess() = default;
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  void Start(const std::vector<std::string>& argv, const std::filesystem::path& log);
  // Sends `signal` and waits; returns the exit code, or 128 + the signal that ended it.
  int Stop(int signal);
  // True (and forgotten) when it has already exited.
  bool Exited();
  bool running() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
};

// A raw TCP connection to 127.0.0.1, for clients that do not behave like browsers.
class RawClient {
 public:
  explicit RawClient(int port);
  ~RawClient();
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;
  void Send(const std::string& bytes);
  // True when the server closed the connection within `seconds`.
  bool ClosedWithin(int seconds);
  // Everything the server sends until it closes or `seconds` pass.
  std::string ReadAll(int seconds);

 private:
  int fd_;
};

// The HTTPS side of a welfare organisation: cpp-httplib's TLS server, recording every post.
class HttpsReceiver {
 public:
  struct Post {
    std::string body;
    std::string idempotency_key;
    std::string signature;
    std::string content_type;
  };
  HttpsReceiver();
  ~HttpsReceiver();

  void Start();
  void Stop();
  // The status later posts get (201 until told otherwise), and the body of that answer.
  void Answer(int status, std::string body = "");
  // How long later posts wait for their answer, after they were recorded: a slow or hanging receiver.
  void Delay(std::chrono::milliseconds delay);
  std::vector<Post> posts() const;
  std::string url() const { return "https://127.0.0.1:" + std::to_string(port_) + "/meldingen"; }

 private:
  int port_;
  int status_ = 201;
  std::string body_;
  std::chrono::milliseconds delay_{0};
  bool stopping_ = false;
  mutable std::mutex mutex_;
  std::condition_variable stopped_;
  std::vector<Post> posts_;
  std::unique_ptr<httplib::SSLServer> server_;
  std::thread thread_;
};

// A mail server run by Debian's aiosmtpd (tests/kiosk/smtp_receiver.py), over TLS.
class SmtpReceiver {
 public:
  enum class Tls { kImplicit, kStartTls };
  explicit SmtpReceiver(Tls tls, std::string user = "", std::string password = "");
  ~SmtpReceiver();

  void Start();
  void Stop();
  // While refusing, every message gets 554: a permanent refusal.
  void Refuse(bool refuse);
  // The raw messages accepted so far, oldest first.
  std::vector<std::string> messages() const;
  std::string url() const;

 private:
  TempDir dir_;
  Tls tls_;
  std::string user_;
  std::string password_;
  int port_;
  ChildProcess process_;
};

// A running nietpluis-kiosk with its own folder: kiosk.toml, site content, secrets, data and log.
class KioskProcess {
 public:
  // `organisations` is the [[organisatie]] part, written to inhoud/organisaties.toml; `extra` goes into [kiosk].
  explicit KioskProcess(const std::string& organisations, const std::string& extra = "");
  ~KioskProcess();

  // Starts the program and waits until /health answers.
  void Start();
  // SIGKILL: as a power cut is to the process.
  void Kill();
  // SIGTERM, and waits for it to exit; returns its exit code.
  int Stop();

  struct Response {
    int status = 0;
    std::string body;
    std::string location;
  };
  Response Get(const std::string& path) const;
  Response Post(const std::string& path, const std::string& body) const;
  nlohmann::json Health() const;

  std::filesystem::path dir() const { return dir_.path(); }
  std::filesystem::path config() const { return dir_ / "kiosk.toml"; }
  std::filesystem::path data_dir() const { return dir_ / "data"; }
  std::string log() const { return ReadText(dir_ / "kiosk.log"); }
  // The HMAC key every organisation of this kiosk uses.
  static std::string Secret() { return "proef-sleutel-0123456789abcdef"; }
  int port() const { return port_; }
  pid_t pid() const { return process_.pid(); }

 private:
  TempDir dir_;
  int port_;
  ChildProcess process_;
};

// The [[organisatie]] part of kiosk.toml for one organisation posting to `receiver`.
std::string HttpsOrganisation(const std::string& id, const std::string& postcodes, const HttpsReceiver& receiver);
// The same for e-mail through `receiver`.
std::string EmailOrganisation(const std::string& id, const std::string& postcodes, const SmtpReceiver& receiver,
                              const std::string& login = "");

std::string KioskBinary();

// `text` %-encoded for a url-encoded form body: everything but letters and digits escaped.
std::string FormEncode(const std::string& text);

}  // namespace nietpluis::testing
