// Writing sitemap.xml and robots.txt.
#include "site/sitemap.h"

#include "base/markup.h"

namespace nietpluis {

std::string SitemapXml(const std::string& base_url, const std::vector<std::string>& url_paths) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const std::string& path : url_paths) {
    xml += "  <url><loc>" + EscapeMarkup(base_url + path) + "</loc></url>\n";
  }
  xml += "</urlset>\n";
  return xml;
}

std::string RobotsTxt(const std::string& base_url) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + base_url + "sitemap.xml\n";
}

}  // namespace nietpluis
