// sitemap.xml and robots.txt, so search engines find every public page and nothing else.
#pragma once

#include <string>
#include <vector>

namespace nietpluis {

// `url_paths` are paths below the base URL: "", "hoe-meld-ik/".
std::string SitemapXml(const std::string& base_url, const std::vector<std::string>& url_paths);
std::string RobotsTxt(const std::string& base_url);

}  // namespace nietpluis
