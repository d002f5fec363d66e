// The Content-Type of a file a server sends, from its name: for the preview server and the kiosk.
#pragma once

#include <filesystem>
#include <string>

namespace nietpluis {

// "text/css; charset=utf-8" for style.css; application/octet-stream for what we do not serve.
std::string MediaType(const std::filesystem::path& file);

}  // namespace nietpluis
