package extract

import "testing"

// fx61OfficialRules: roles of private bodies and private trades in real
// copy (bbc-news, polnear) that took the story's state, with rows that
// must keep it.
var fx61OfficialRules = []officialRuleCase{
	// a brand-shaped owner before the title, written once (brandShaped):
	// the body's role, no state's
	{rule: "brand-owner", text: "The senator spoke in Washington about the US economy. GlowCart chief Dana Whitfield said the firm would cut prices.",
		name: "Dana Whitfield", title: "chief", country: "-", org: "GlowCart"},
	{rule: "brand-owner", text: "The senator spoke in Washington about the US economy. NASCAR chairman Dana Whitfield said the series would go on.",
		name: "Dana Whitfield", title: "chairman", country: "-", org: "NASCAR"},
	{rule: "brand-owner", text: "The senator spoke in Washington about the US economy. Pentagon spokesman Dana Whitfield said the drills would go on.",
		name: "Dana Whitfield", country: "US"},
	{rule: "brand-owner", text: "The senator spoke in Washington about the US economy. White House press secretary Dana Whitfield said the president disagreed.",
		name: "Dana Whitfield", country: "US"},
	// a private client's adviser on money holds no office of the story's state
	{rule: "financial-adviser", text: "Parents in Ohio and across the US are saving less. \"Start small,\" said financial adviser Dana Whitfield.",
		name: "Dana Whitfield", title: "financial adviser", country: "-"},
	{rule: "financial-adviser", text: "Parents in Ohio and across the US are saving less. \"Start small,\" said presidential adviser Dana Whitfield.",
		name: "Dana Whitfield", country: "US"},
	// how long or when a role was held ends the title (spanEndsTitle):
	// the body the holder left is not the title's owner
	{rule: "span-ends-title", text: "The US Senate met on Monday. Edwin Marlow, who served as chief justice for nearly six years after leaving the White House, was praised.",
		name: "Edwin Marlow", title: "chief justice", country: "US", org: "-"},
	{rule: "span-ends-title", text: "The US Senate met on Monday. Edwin Marlow, who served as spokesman for the Acme Widget Company, was praised.",
		name: "Edwin Marlow", country: "-"},
	// a part of a union named with a plural possessive: the union's office,
	// no state's (partOfNonStateNoun, partBodyName)
	{rule: "union-part", text: "Spain sweltered on Monday. \"Nobody stopped,\" said Marta Gil Sanz, who heads the dock workers' section of the UGTX union in Valencia.",
		name: "Marta Gil Sanz", country: "-", org: "UGTX"},
	{rule: "union-part", text: "Spain sweltered on Monday. \"Nobody stopped,\" said Marta Gil Sanz, who heads the dock workers' section of the labour ministry in Valencia.",
		name: "Marta Gil Sanz", country: "ES", org: "-"},
	// a former state post, then the office served now under the
	// secretary-general: the international body's (secretariatServedTitle)
	{rule: "secretariat-served", text: "The UN said on Monday that talks would resume. Maria Lindqvist, the former Swedish foreign minister who serves as the secretary-general's special envoy, said the sides were close.",
		name: "Maria Lindqvist", title: "special envoy", country: "-", org: "UN"},
	{rule: "secretariat-served", text: "The UN said on Monday that talks would resume. Maria Lindqvist, the former Swedish foreign minister who serves as the party's secretary-general, said the sides were close.",
		name: "Maria Lindqvist", country: "SE", org: "-"},
}

func TestFx61OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx61OfficialRules)
}
