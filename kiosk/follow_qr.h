// The QR code on the kiosk's thank-you screen: the public status page's address, as SVG, made once
// at start with libqrencode (the code itself is never in it, so the screen's QR is the same for all).
#pragma once

#include <optional>
#include <string>

namespace nietpluis::kiosk {

// Black modules on white, with the 4-module quiet zone, error correction M; `title` is its name.
// Nothing when `text` does not fit a QR code.
std::optional<std::string> QrSvg(const std::string& text, const std::string& title);

}  // namespace nietpluis::kiosk
