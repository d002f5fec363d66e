// Small facts about web addresses: their host, their origin, and whether they stay on this computer.
#pragma once

#include <string>

namespace nietpluis {

// The host part of "scheme://user@host:port/path"; IPv6 brackets removed; "" when there is none.
std::string UrlHost(const std::string& url);
// "https://host:port" of a URL: what a Content-Security-Policy names.
std::string UrlOrigin(const std::string& url);

// True for a literal address in 127/8, ::1 and localhost: the only hosts that may go without TLS.
bool IsLoopbackHost(const std::string& host);

}  // namespace nietpluis
