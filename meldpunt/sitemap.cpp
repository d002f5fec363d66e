// Writing sitemap.xml and robots.txt.
#include "sitemap.h"

namespace nietpluis {

std::string XmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string SitemapXml(const std::string& base_url, const std::vector<std::string>& url_paths) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const std::string& path : url_paths) {
    xml += "  <url><loc>" + XmlEscape(base_url + path) + "</loc></url>\n";
  }
  xml += "</urlset>\n";
  return xml;
}

std::string RobotsTxt(const std::string& base_url) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + base_url + "sitemap.xml\n";
}

}  // namespace nietpluis
