package extract

import (
	"strings"
	"testing"
)

// The quote and speaker rules, one table keyed by rule name. Every rule has
// at least one positive row (the rule must fire: the quote is found with
// that speaker) and one negative row (a sentence of a similar shape where
// it must not). The sentences are written for these tests.

type quoteRuleRow struct {
	rule string // the rule the row pins
	pos  bool   // a positive row: the quote must be found with speaker
	text string
	// quote is a fragment of the quote's text that picks the quote out.
	quote string
	// speaker is the wanted speaker of a positive row; in a negative row,
	// a speaker the quote must not get, or "" when no quote may hold the
	// fragment at all.
	speaker string
	// outRule, when set, is the wanted Quote.Rule of a positive row.
	outRule string
}

var quoteRuleRows = []quoteRuleRow{
	{rule: "doubled-single-marks", pos: true,
		text:  "Turnout fell, and ''nobody here is surprised,'' said Ada Brennan, a pollster.",
		quote: "nobody here is surprised", speaker: "Ada Brennan", outRule: ruleCueAfter},
	{rule: "doubled-single-marks", pos: true,
		text:  "“The vote was lost,’’ Piet Claes told reporters.",
		quote: "The vote was lost", speaker: "Piet Claes", outRule: ruleCueAfter},
	{rule: "doubled-single-marks", pos: false,
		text:  "The farmers' union and the teachers' union met, Piet Claes said.",
		quote: "union", speaker: ""},
	// pronoun resolution: salience of the people named before "he said"
	{rule: "salience-subject-over-object", pos: true,
		text:  "Karl Ostby has four goals since the club signed him in a trade for Pavel Ruzek last week. The winger said the team was playing well.\n\"They are quick,\" he said.",
		quote: "They are quick", speaker: "Karl Ostby"},
	{rule: "salience-subject-over-object", pos: false,
		text:  "Karl Ostby watched from the stands.\nGood news came on Friday for Pavel Ruzek, 31, a welder.\n\"I am relieved,\" he said.",
		quote: "I am relieved", speaker: "Karl Ostby"},
	{rule: "salience-reintroduced-by-full-name", pos: true,
		text:  "Bruno Salas signed up in March. The programme is free. It runs for six months. Derek Holm joined in May. Holm says he walks every day. \"I sleep better,\" he adds. Exercise also helped accountant Bruno Salas, 50.\n\"I lost ten pounds,\" he says.",
		quote: "I lost ten pounds", speaker: "Bruno Salas"},
	{rule: "salience-reintroduced-by-full-name", pos: false,
		text:  "Derek Holm joined the programme in May. Holm says he walks every day. \"I sleep better,\" he adds. His brother Bruno Salas, 50, is not convinced.\n\"I feel much stronger,\" Holm says, \"than last year.\"",
		quote: "I feel much stronger", speaker: "Bruno Salas"},
	{rule: "salience-joined-subjects", pos: true,
		text:  "\"We have had a great run,\" said Hugo Brandt, who has won twice this year. Marek Lind and Oskar Dahl have also won on the junior tour.\n\"We are proud to play for our country.\"",
		quote: "We are proud", speaker: "Hugo Brandt"},
	{rule: "salience-joined-subjects", pos: false,
		text:  "\"We have had a great run,\" said Hugo Brandt, who has won twice this year. Marek Lind has also won on the junior tour, and hopes to turn professional.\n\"I am ready for it,\" he said.",
		quote: "I am ready", speaker: "Hugo Brandt"},
	{rule: "salience-inverted-speech-subject", pos: true,
		text:  "In Halifax, Ragip Toma, 49, and Zeyno Sahin, 39, hope to apply soon. Toma has not found work. The family will manage, adds Sahin.\n\"We can borrow the money,\" she says.",
		quote: "We can borrow the money", speaker: "Zeyno Sahin"},
	{rule: "salience-inverted-speech-subject", pos: false,
		text:  "Judge Alan Voss ruled for the station. He denied Mr. Kettering's request for the phone numbers.\n\"This has become a bitter fight,\" he wrote.",
		quote: "This has become a bitter fight", speaker: "Kettering"},
	{rule: "subject-before-lower-case-verb", pos: true,
		text:  "Opposition leader Neil Osterhout spoke on Sunday.\nPresident Wade Lorimer complicated matters with a post on Monday.\nIt is a remark that Osterhout found troubling.\n\"We would never accept that,\" he said.",
		quote: "We would never accept that", speaker: "Neil Osterhout"},
	{rule: "subject-before-lower-case-verb", pos: false,
		text:  "Neil Osterhout played in Denver.\nCoach Wade Lorimer praised the deal that brought in Osterhout last week.\n\"We needed a goalie,\" he said.",
		quote: "We needed a goalie", speaker: "Neil Osterhout"},
}

func TestQuoteRules(t *testing.T) {
	ex := newTestExtractor(t)
	pos, neg := map[string]bool{}, map[string]bool{}
	for _, r := range quoteRuleRows {
		if r.pos {
			pos[r.rule] = true
		} else {
			neg[r.rule] = true
		}
		res := ex.Extract(r.text)
		var found []Quote
		for _, q := range res.Quotes {
			if strings.Contains(q.Text, r.quote) {
				found = append(found, q)
			}
		}
		switch {
		case r.pos && len(found) == 0:
			t.Errorf("%s: no quote holding %q in %q; got %+v", r.rule, r.quote, r.text, res.Quotes)
		case r.pos && found[0].Speaker != r.speaker:
			t.Errorf("%s: quote %q: speaker %q, want %q", r.rule, found[0].Text, found[0].Speaker, r.speaker)
		case r.pos && r.outRule != "" && found[0].Rule != r.outRule:
			t.Errorf("%s: quote %q: rule %q, want %q", r.rule, found[0].Text, found[0].Rule, r.outRule)
		case !r.pos && r.speaker == "" && len(found) > 0:
			t.Errorf("%s: unwanted quote %q (speaker %q) in %q", r.rule, found[0].Text, found[0].Speaker, r.text)
		case !r.pos && len(found) > 0 && found[0].Speaker == r.speaker:
			t.Errorf("%s: quote %q got the speaker %q it must not", r.rule, found[0].Text, r.speaker)
		}
	}
	for rule := range pos {
		if !neg[rule] {
			t.Errorf("rule %s has no negative row", rule)
		}
	}
	for rule := range neg {
		if !pos[rule] {
			t.Errorf("rule %s has no positive row", rule)
		}
	}
}
