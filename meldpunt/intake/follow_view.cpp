// Turning a follow-up view into template values, with the texts of [volgen].
#include "intake/follow_view.h"

#include <cstdio>

#include "base/dutch_format.h"
#include "render/template_context.h"

namespace nietpluis {
namespace {

using kainjow::mustache::object;

// The answer's heading and text, as keys of [volgen]; whether it is a problem (styled as one).
struct AnswerTexts {
  std::string heading;
  std::string text;
  bool problem;
};

AnswerTexts AnswerKeys(FollowView::Answer answer) {
  switch (answer) {
    case FollowView::Answer::kUnknown: return {"volgen.onbekend_kop", "volgen.onbekend", true};
    case FollowView::Answer::kMistyped: return {"volgen.fout_kop", "volgen.fout", true};
    case FollowView::Answer::kEmpty: return {"volgen.leeg_kop", "volgen.leeg", true};
    case FollowView::Answer::kTooOften: return {"volgen.te_vaak_kop", "volgen.te_vaak", true};
    default: return {"", "", false};
  }
}

std::string LinkKey(FollowView::Link link) {
  switch (link) {
    case FollowView::Link::kAsk: return "volgen.link_vraag";
    case FollowView::Link::kDone: return "volgen.link_klaar";
    case FollowView::Link::kAlready: return "volgen.link_al";
    case FollowView::Link::kExpired: return "volgen.link_verlopen";
    case FollowView::Link::kForged: return "volgen.link_fout";
    case FollowView::Link::kOtherOrganisation: return "volgen.link_andere";
    case FollowView::Link::kBadStatus: return "volgen.link_fout";
    case FollowView::Link::kTooOften: return "volgen.te_vaak";
  }
  return "volgen.link_fout";
}

std::string StatusText(const Texts& texts, FollowStatus status) {
  return texts.Get("volgen." + FollowStatusName(status));
}

}  // namespace

const std::vector<std::string>& FollowTextKeys() {
  static const std::vector<std::string> keys = {
      "volgen.ontvangen", "volgen.iemand_gaat_langs", "volgen.iemand_is_langs_geweest", "volgen.sinds",
      "volgen.onbekend_kop", "volgen.onbekend", "volgen.fout_kop", "volgen.fout", "volgen.leeg_kop", "volgen.leeg",
      "volgen.te_vaak_kop", "volgen.te_vaak", "volgen.knop_iemand_gaat_langs", "volgen.knop_iemand_is_langs_geweest",
      "volgen.link_vraag", "volgen.link_klaar", "volgen.link_al", "volgen.link_verlopen", "volgen.link_fout",
      "volgen.link_andere"};
  return keys;
}

std::string DutchDay(const std::string& day) {
  int year = 0, month = 0, date = 0;
  if (day.size() != 10 || std::sscanf(day.c_str(), "%4d-%2d-%2d", &year, &month, &date) != 3) return day;
  return DutchDate(year, month, date);
}

TemplateData FollowData(const FollowView& view, const Texts& texts) {
  TemplateData data{object{}};
  data.set("code", OptionalText(view.code));
  data.set("status_pagina", view.status_page);
  data.set("status_url", view.status_url);
  data.set("qr", view.qr);
  data.set("getypt", view.typed);
  const bool answered = view.answer != FollowView::Answer::kNone;
  data.set("antwoord", answered);
  if (view.answer == FollowView::Answer::kStatus) {
    data.set("antwoord_fout", false);
    data.set("antwoord_kop", StatusText(texts, view.status));
    data.set("antwoord_tekst", texts.Fill("volgen.sinds", {{"datum", DutchDay(view.day)}}));
  } else if (answered) {
    const AnswerTexts keys = AnswerKeys(view.answer);
    data.set("antwoord_fout", keys.problem);
    data.set("antwoord_kop", texts.Get(keys.heading));
    data.set("antwoord_tekst", texts.Fill(keys.text, {{"telefoon", view.phone}, {"dagen", std::to_string(view.keep_days)}}));
  }
  const std::string wanted = StatusText(texts, view.wanted);
  data.set("link_vraag", view.link == FollowView::Link::kAsk);
  data.set("link_gelukt", view.link == FollowView::Link::kDone || view.link == FollowView::Link::kAlready);
  data.set("link_tekst", texts.Fill(LinkKey(view.link), {{"status", wanted}, {"dagen", std::to_string(view.keep_days)}}));
  data.set("knop", texts.Get("volgen.knop_" + FollowStatusName(view.wanted)));
  data.set("token", view.token);
  data.set("status_naam", FollowStatusName(view.wanted));
  return data;
}

}  // namespace nietpluis
