// The kiosk's test peers: certificates from openssl, cpp-httplib's TLS server, aiosmtpd, and the program.
#include "kiosk/kiosk_fixture.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

namespace nietpluis::testing {
namespace {

void MustRun(const std::string& command, const std::filesystem::path& cwd) {
  CommandResult result = Run(command, cwd);
  if (result.exit_code != 0) throw std::runtime_error(command + " failed: " + result.err);
}

bool CanConnect(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

std::string KioskBinary() { return NIETPLUIS_KIOSK_BINARY; }

std::string FormEncode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

ChildProcess::~ChildProcess() {
  if (running()) Stop(SIGKILL);
}

void ChildProcess::Start(const std::vector<std::string>& argv, const std::filesystem::path& log) {
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
      close(fd);
    }
    int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) dup2(null, 0);
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  pid_ = pid;
}

int ChildProcess::Stop(int signal) {
  if (!running()) return -1;
  kill(pid_, signal);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool ChildProcess::Exited() {
  int status = 0;
  if (!running() || waitpid(pid_, &status, WNOHANG) != pid_) return false;
  pid_ = -1;
  return true;
}

const TestCertificates& Certificates() {
  static TempDir dir;
  static const TestCertificates certificates = [] {
    WriteText(dir / "san.cnf", "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    MustRun("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=Nietpluis Test CA' "
            "-keyout ca.key -out ca.pem 2>&1",
            dir.path());
    MustRun("openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' -keyout server.key -out server.csr 2>&1",
            dir.path());
    MustRun("openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 "
            "-extfile san.cnf -out server.pem 2>&1",
            dir.path());
    return TestCertificates{dir / "ca.pem", dir / "server.pem", dir / "server.key"};
  }();
  return certificates;
}

int FreePort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

bool WaitUntil(const std::function<bool()>& done, std::chrono::milliseconds limit) {
  auto end = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < end) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return done();
}

RawClient::RawClient(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    throw std::runtime_error("cannot connect to port " + std::to_string(port));
  }
}

RawClient::~RawClient() { ::close(fd_); }

void RawClient::Send(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server may hang up on a hostile request halfway: that is an answer too
    sent += static_cast<std::size_t>(n);
  }
}

std::string RawClient::ReadAll(int seconds) {
  timeval timeout{seconds, 0};
  setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  std::string out;
  char buffer[4096];
  while (true) {
    ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n <= 0) return out;
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

bool RawClient::ClosedWithin(int seconds) {
  timeval timeout{seconds, 0};
  setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  char buffer[4096];
  while (true) {
    ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n == 0) return true;
    if (n < 0) return false;
  }
}

HttpsReceiver::HttpsReceiver() : port_(FreePort()) { Start(); }

HttpsReceiver::~HttpsReceiver() { Stop(); }

void HttpsReceiver::Start() {
  if (server_) return;
  stopping_ = false;
  const TestCertificates& certificates = Certificates();
  server_ = std::make_unique<httplib::SSLServer>(certificates.cert.c_str(), certificates.key.c_str());
  // Like a real receiver (nginx keeps 1,000 requests on a connection), not httplib's default of 5.
  server_->set_keep_alive_max_count(1000);
  server_->Post("/meldingen", [this](const httplib::Request& request, httplib::Response& response) {
    std::unique_lock lock(mutex_);
    posts_.push_back(Post{request.body, request.get_header_value("Idempotency-Key"),
                          request.get_header_value("X-Nietpluis-Signature"), request.get_header_value("Content-Type")});
    response.status = status_;
    if (!body_.empty()) response.set_content(body_, "text/plain");
    // A hanging receiver: it has the post but does not answer. Stop() ends the wait.
    stopped_.wait_for(lock, delay_, [this] { return stopping_; });
  });
  if (!server_->bind_to_port("127.0.0.1", port_)) throw std::runtime_error("HTTPS receiver cannot bind");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  WaitUntil([this] { return server_->is_running(); });
}

void HttpsReceiver::Stop() {
  if (!server_) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stopped_.notify_all();
  server_->stop();
  thread_.join();
  server_.reset();
}

void HttpsReceiver::Delay(std::chrono::milliseconds delay) {
  std::lock_guard lock(mutex_);
  delay_ = delay;
}

void HttpsReceiver::Answer(int status, std::string body) {
  std::lock_guard lock(mutex_);
  status_ = status;
  body_ = std::move(body);
}

std::vector<HttpsReceiver::Post> HttpsReceiver::posts() const {
  std::lock_guard lock(mutex_);
  return posts_;
}

SmtpReceiver::SmtpReceiver(Tls tls, std::string user, std::string password)
    : tls_(tls), user_(std::move(user)), password_(std::move(password)), port_(FreePort()) {
  std::filesystem::create_directories(dir_ / "berichten");
  Start();
}

SmtpReceiver::~SmtpReceiver() { Stop(); }

void SmtpReceiver::Start() {
  if (process_.running()) return;
  const TestCertificates& certificates = Certificates();
  std::vector<std::string> argv = {"/usr/bin/python3",
                                   (SourceDir() / "tests/kiosk/smtp_receiver.py").string(),
                                   "--port",
                                   std::to_string(port_),
                                   "--folder",
                                   (dir_ / "berichten").string(),
                                   "--cert",
                                   certificates.cert.string(),
                                   "--key",
                                   certificates.key.string(),
                                   tls_ == Tls::kImplicit ? "--smtps" : "--starttls"};
  if (!user_.empty()) {
    argv.insert(argv.end(), {"--user", user_, "--password", password_});
  }
  process_.Start(argv, dir_ / "smtp.log");
  if (!WaitUntil([this] { return CanConnect(port_); })) {
    throw std::runtime_error("SMTP receiver did not start: " + ReadText(dir_ / "smtp.log"));
  }
}

void SmtpReceiver::Stop() { process_.Stop(SIGTERM); }

void SmtpReceiver::Refuse(bool refuse) {
  if (refuse) {
    WriteText(dir_ / "weiger", "");
  } else {
    std::filesystem::remove(dir_ / "weiger");
  }
}

std::vector<std::string> SmtpReceiver::messages() const {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir_ / "berichten")) {
    if (entry.path().extension() == ".eml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const auto& file : files) out.push_back(ReadText(file));
  return out;
}

std::string SmtpReceiver::url() const {
  return std::string(tls_ == Tls::kImplicit ? "smtps" : "smtp") + "://127.0.0.1:" + std::to_string(port_);
}

std::string HttpsOrganisation(const std::string& id, const std::string& postcodes, const HttpsReceiver& receiver) {
  return "[[organisatie]]\nid = \"" + id + "\"\nnaam = \"Welzijn " + id + "\"\npostcodes = " + postcodes +
         "\n[organisatie.doorsturen]\ntype = \"https\"\nurl = \"" + receiver.url() +
         "\"\ngeheim_bestand = \"geheim/sleutel\"\nca_bestand = \"" + Certificates().ca.string() + "\"\ntime_out_s = 5\n\n";
}

std::string EmailOrganisation(const std::string& id, const std::string& postcodes, const SmtpReceiver& receiver,
                              const std::string& login) {
  std::string toml = "[[organisatie]]\nid = \"" + id + "\"\nnaam = \"Buurtwerk " + id + "\"\npostcodes = " + postcodes +
                     "\n[organisatie.doorsturen]\ntype = \"email\"\nsmtp_url = \"" + receiver.url() +
                     "\"\nvan = \"meldzuil@proef.nl\"\nnaar = \"meldpunt@" + id + ".nl\"\nca_bestand = \"" +
                     Certificates().ca.string() + "\"\ntime_out_s = 5\n";
  if (!login.empty()) toml += "gebruiker = \"" + login + "\"\nwachtwoord_bestand = \"geheim/wachtwoord\"\n";
  return toml + "\n";
}

KioskProcess::KioskProcess(const std::string& organisations, const std::string& extra) : port_(FreePort()) {
  WriteMinimalContent(dir_ / "inhoud");
  WriteText(dir_ / "geheim/sleutel", Secret() + "\n");
  WriteText(dir_ / "geheim/wachtwoord", "proef-wachtwoord\n");
  std::filesystem::permissions(dir_ / "geheim/sleutel", std::filesystem::perms::owner_read);
  std::filesystem::permissions(dir_ / "geheim/wachtwoord", std::filesystem::perms::owner_read);
  // The organisations go where an installed kiosk has them: organisaties.toml beside site.toml, which
  // then lists none of its own. Their secrets stay outside that folder.
  std::string site = ReadText(dir_ / "inhoud/site.toml");
  const std::size_t own = site.find("[[organisatie]]");
  site.erase(own, site.find("[[kiosk]]") - own);
  WriteText(dir_ / "inhoud/site.toml", site);
  std::string shared = organisations;
  for (const char* key : {"geheim_bestand = \"", "wachtwoord_bestand = \""}) {
    for (std::size_t at = shared.find(std::string(key) + "geheim/"); at != std::string::npos;
         at = shared.find(std::string(key) + "geheim/", at + 1)) {
      shared.insert(at + std::string(key).size(), "../");
    }
  }
  WriteText(dir_ / "inhoud/organisaties.toml", shared);
  WriteText(config(), "[kiosk]\nid = \"proef-zuil\"\nlocatie = \"Buurthuis Proef\"\nlisten = \"127.0.0.1:" +
                          std::to_string(port_) + "\"\ndata_dir = \"data\"\ninhoud = \"inhoud\"\nsjablonen = \"" +
                          TemplatesDir().string() + "\"\n" + extra + "\n" +
                          "[bezorging]\neerste_wachttijd_s = 1\nhoogste_wachttijd_s = 2\n");
}

KioskProcess::~KioskProcess() = default;

void KioskProcess::Start() {
  if (process_.running()) return;
  process_.Start({KioskBinary(), "--config", config().string()}, dir_ / "kiosk.log");
  bool up = WaitUntil([this] { return process_.Exited() || Get("/health").status == 200; });
  if (!up || !process_.running()) throw std::runtime_error("kiosk did not start: " + log());
}

void KioskProcess::Kill() { process_.Stop(SIGKILL); }

int KioskProcess::Stop() { return process_.Stop(SIGTERM); }

KioskProcess::Response KioskProcess::Get(const std::string& path) const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(2, 0);
  client.set_read_timeout(10, 0);
  auto result = client.Get(path.c_str());
  if (!result) return {};
  return {result->status, result->body, result->get_header_value("Location")};
}

KioskProcess::Response KioskProcess::Post(const std::string& path, const std::string& body) const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(2, 0);
  client.set_read_timeout(10, 0);
  auto result = client.Post(path.c_str(), body, "application/x-www-form-urlencoded");
  if (!result) return {};
  return {result->status, result->body, result->get_header_value("Location")};
}

nlohmann::json KioskProcess::Health() const {
  Response response = Get("/health");
  if (response.status != 200) return nlohmann::json();
  return nlohmann::json::parse(response.body);
}

}  // namespace nietpluis::testing
