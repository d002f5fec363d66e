// Slugs: the URL name of a page ("Wat is niet pluis?" -> "wat-is-niet-pluis").
#pragma once

#include <string>
#include <string_view>

namespace nietpluis {

// Lower case ASCII letters, digits and single hyphens; Dutch accents folded (é -> e, ĳ -> ij).
std::string Slugify(std::string_view title);

// True when `slug` is already in the form Slugify produces (non-empty).
bool IsValidSlug(std::string_view slug);

}  // namespace nietpluis
