package extract

import (
	"fmt"
	"strings"
	"testing"
)

// Unit cases for each extractor, on sentences written for these tests.

func TestOfficials(t *testing.T) {
	ex := newTestExtractor(t)
	cases := []struct {
		text                       string
		name, title, country, body string
	}{
		{"Egyptian Foreign Minister Badr Nasser said talks would resume.", "Badr Nasser", "Foreign Minister", "EG", ""},
		{"Omar Haddad, a senior Hamas official, rejected the plan.", "Omar Haddad", "senior official", "", "Hamas"},
		{"Layla Aziz, Hezbollah's media chief, spoke on Tuesday.", "Layla Aziz", "media chief", "", "Hezbollah"},
		{"The talks were chaired by Secretary of State Mike Pompeo.", "Mike Pompeo", "Secretary of State", "", ""},
		{"Taliban spokesman Zabi Karimi said the convoy was hit.", "Zabi Karimi", "spokesman", "", "Taliban"},
		{"Israel has opposed Turkey's role, citing its president, Kemal Arslan.", "Kemal Arslan", "president", "TR", ""},
		{"Russia's leader, President Ivan Petrov, ordered the drills.", "Ivan Petrov", "President", "RU", ""},
		{"Karin Berg, the UN envoy for Yemen, arrived in Aden.", "Karin Berg", "UN envoy", "", "UN"},
	}
	for _, c := range cases {
		res := ex.Extract(c.text)
		var got *Official
		for i := range res.Officials {
			if res.Officials[i].Name == c.name {
				got = &res.Officials[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no official %q in %+v", c.text, c.name, res.Officials)
			continue
		}
		if !strings.Contains(" "+strings.ToLower(got.Title)+" ", " "+strings.ToLower(strings.TrimPrefix(c.title, "UN "))+" ") {
			t.Errorf("%q: title %q, want %q", c.text, got.Title, c.title)
		}
		if c.country != "" && got.Country != c.country {
			t.Errorf("%q: country %q, want %q", c.text, got.Country, c.country)
		}
		if got.Organization != c.body {
			t.Errorf("%q: organization %q, want %q", c.text, got.Organization, c.body)
		}
	}
	// a person named without a role is not an official
	if res := ex.Extract("Maria Lopez, 34, watched the parade with her children."); len(res.Officials) != 0 {
		t.Errorf("a person without a role became an official: %+v", res.Officials)
	}
}

func TestCountries(t *testing.T) {
	ex := newTestExtractor(t)
	cases := []struct {
		text string
		want string // codes in order of mentions, ties in text order
	}{
		{"Israeli and Emirati officials met in Washington, which said talks went well.", "IL AE"},
		{"Washington said it would respond.", "US"},
		{"Michael Jordan visited Chicago.", ""},
		// session 11: "North American", "Latin American" name a region
		{"The firm announced a new North American sales plan.", ""},
		{"Latin American leaders met in Lima, and American troops left.", "US"},
		// session 11: a state's name that is also a place of another state
		// is that place in a story set among that state's places, unless
		// the story writes the state another way or lists it with states
		{"Four were shot in Atlanta. They were taken to South Georgia Medical Center in Valdosta.", ""},
		{"Four were shot in Atlanta. Russia's invasions of Georgia and Ukraine were on the agenda.", "RU GE UA"},
		{"Four were shot in Atlanta. A Georgian official in Tbilisi said Georgia would help.", "GE"},
		// session 12: so it is in American copy ("Mr.", "-ize", "p.m.")
		// with no place of the state the gazetteer holds, and before a
		// noun for a person ("a Georgia man"), as a state's people take its
		// adjective ("a Georgian man")
		{"Mr. Hale, 34, was shot at 10 p.m. outside a bar in Georgia, and taken to Floyd Medical Center.", ""},
		{"Mr Hale, 34, was shot at 10pm outside a bar in Georgia, and taken to a clinic.", "GE"},
		{"A Georgia man was charged on Tuesday with shooting his neighbour.", ""},
		{"A Georgian man was charged on Tuesday with shooting his neighbour.", "GE"},
		{"Georgia said on Tuesday it would recall its ambassador.", "GE"},
		// session 12: a state's name or adjective after a given name is a
		// surname or a middle name
		{"The briefing was given by Lisa Monaco, his homeland security adviser.", ""},
		{"Contact Ted Czech at the newsroom. Police charged Erica Italy Osburn, 25.", ""},
		{"The briefing was given in Monaco by his homeland security adviser.", "MC"},
		{"Contact the Czech embassy, Ted said.", "CZ"},
		// session 12: a state's name between a title and a last capitalised
		// word is the given name of the person titled
		{"School board Spokesperson Israel Butler said the gun was found in a desk.", ""},
		{"Hospital President Dominica Tallarico said the boy was stable.", ""},
		{"School board Spokesperson Mia Butler said the gun was from Israel.", "IL"},
		// and where the story names an American county
		{"A toddler was wounded in Georgia on Sunday, Dodge County deputies said.", ""},
		{"A toddler was wounded in Georgia on Sunday, deputies of the county said.", "GE"},
		// session 12: a state's name opening a street's names no state
		{"Police found the car on Spain Street near the Norway Avenue bridge.", ""},
		{"Police found the car near the bridge to Spain.", "ES"},
		{"The man was shot on Frenchmen Street, police said.", ""},
		// session 12: nor does one opening a hospital's name
		{"Three men were taken to Jamaica Hospital, and one to Norwegian American Hospital.", ""},
		{"The boy was flown to USA Medical Center with severe injuries.", ""},
		{"The boy was flown to Jamaica for treatment at a hospital.", "JM"},
		{"A study in the British Medical Journal found the drug safe.", "GB"},
		// session 11: a state's name opening a name after a noun for a
		// relative is a given name, there and when the full name recurs
		{"Police said she shot her husband Israel Alvarez at home. Israel Alvarez was 33.", ""},
		{"Police said she shot her husband in Israel. Alvarez was 33.", "IL"},
		{"Russia's invasions of Georgia and Ukraine alarmed the Baltics.", "RU GE UA"},
		{"The ferry sank in the Indian Ocean.", ""},
		{"Troops from Chad and Niger crossed the border.", "TD NE"},
		// round 6c: a capital opening its sentence with a "which" aside
		// acts as its state when a state's act follows the aside
		{"Doha, which brokered a truce in October, has offered to host talks.", "QA"},
		{"Doha, which hosted the World Cup in 2022, is a crowded city.", ""},
		// round 7a: an ambiguous adjective before a state noun names its
		// state when "of" and a place of that state follow
		{"Clashes in the north-eastern Indian state of Manipur killed 54 people.", "IN"},
		{"Clashes in the Indian state killed 54 people.", ""},
		{"The Indian state of mind was calm.", ""},
		// a state's adjective that names a thing, or a town, names no state
		{"The teenager died playing Russian roulette, police said.", ""},
		{"A float hit a pedestrian during the Spanish Town parade.", ""},
		{"Russian troops fired on the Spanish embassy.", "RU ES"},
		// r23a: a language's short form of a body's name ("its Spanish
		// initials") names the language, not a state
		{"The prison agency, known by its Spanish initials SNAI, reported 18 dead.", ""},
		{"The mission, known by its French acronym MINUSCA, sent a patrol.", ""},
		{"The prison agency, run with Spanish help, reported 18 dead.", "ES"},
		// a capital's police is the city's force, not its state acting
		{"Rome police charged a man with murder on Thursday.", ""},
		{"Rome said it would send two frigates.", "IT"},
		// a capital before role modifiers acts only when a role's head or a
		// state institution's noun follows them
		{"He was taken to the Victoria Regional Hospital on Monday.", ""},
		{"A Kremlin foreign policy adviser said no deal was near.", "RU"},
		{"The London Fire Brigade said 40 firefighters attended.", "GB"},
		{"Ottawa decided to deploy 200 personnel.", "CA"},
		{"She moved to Ottawa and decided to stay.", ""},
		// round 8a: "Latin America", "South America" are regions, not the US
		{"It was among the worst prison massacres in Latin America.", ""},
		{"Growers in South America and the United States met.", "US"},
		// round 8a: a capital before a hyphen and a word of backing or
		// control stands for its government, even before a name
		{"Moscow-backed separatists seized the town.", "RU"},
		{"Some 2,000 personnel of the Kremlin-controlled Africa Corps remain.", "RU"},
		{"A London-based lawyer said the case was weak.", ""},
		// fx6o (r26): a demonym before "-managed", "-operated" names its state
		{"A drone hit a Greek-managed bulk carrier off Yemen.", "GR YE"},
		{"A drone hit a well-managed bulk carrier off Yemen.", "YE"},
		// session 8: "the States" names the US; bare "States" is a noun
		{"Niger and Mali form the Alliance of Sahel States.", "NE ML"},
		{"He moved to the States last year.", "US"},
		// a count of nationals under an ambiguous demonym names the state
		{"Among the passengers were five Indians and a pilot.", "IN"},
		{"He cheered for the Indians.", ""},
		// "-flagged", "-registered" make a state's ship
		{"The Houthis attacked the Liberian-flagged bulk carrier in July.", "LR"},
		// a sea named after a state ("Gulf of Guinea") is no mention of it
		{"Piracy has spread across the Gulf of Guinea.", ""},
		{"Piracy has spread across the coast of Guinea.", "GN"},
		// round 10b: in a story datelined "CITY, REGION", a capital or a
		// state's name that is also a place of the region's state names
		// that place, unless the article names the capital's state too
		{"ATHENS, Ga. - Police in Rome and Dublin joined a task force after overdoses in middle Georgia. Dublin Mayor Everett Sims said a chief in Cairo has to fill out three forms.", "US" /* co1: the dateline state of a story naming none */},
		{"ATHENS - Police in Rome and Dublin joined a task force after overdoses in middle Georgia. Dublin Mayor Everett Sims said a chief in Cairo has to fill out three forms.", "GE IE EG"},
		// round 10b: a name written "TOWN, REGION" where REGION is a place
		// of another state names that town wherever it stands, and a
		// state's name that is also such a place is the place there; not
		// inside a list, nor before a clause
		{"A fire in Lebanon, Pennsylvania, killed two people. Lebanon Fire Chief Duane Trautman said it began in the kitchen.", ""},
		{"Officials in Athens, Georgia, said the city would expand bus service.", ""},
		{"Officials in Tbilisi, Georgia, said the city would expand bus service.", "GE"},
		{"The seeds were drawn against Samoa, France, Italy, Georgia and Chinese Taipei.", "WS FR IT GE TW"},
		{"If he has no firm offer from a club in Spain, Veracruz will be his destination.", "ES"},
		// round 10b: a place's demonym that holds a state's adjective
		{"Albertans and British Columbians are not hostages, she said.", ""},
		{"I ask New Mexicans to stand together.", ""},
		{"British columnists and Mexican voters disagreed.", "GB MX"},
		{"ATHENS, Ga. - The Irish consul met Dublin Mayor Everett Sims, who said Dublin had sent help.", "IE"},
		// session 9: a state's name or adjective before a river, lake, bay
		// or valley names that feature, not the state
		{"The woman was shot in French Valley on Sunday.", ""},
		{"Pilgrims bathed in the Jordan River near the site.", ""},
		{"French troops crossed the river into Jordan.", "FR JO"},
		// session 9: a capital before lower-case role modifiers acts only
		// when a role's head follows them; an adverb may stand before its
		// verb
		{"He told a London news conference that the party would stand.", ""},
		{"He was a central broker of the Paris climate agreement.", ""},
		{"A Kremlin press secretary said no deal was near.", "RU"},
		{"Moscow first sent 500 troops to the base.", "RU"},
		// fx3 (session 24): an adjective inside the name of an international
		// body or an NGO names the body; a capital after a particle ends a
		// town's name; a message "from" a capital is its government's; a
		// list of capitals acts together
		{"Observers from the Organization of American States praised the count in Lima.", ""},
		{"American observers praised the count in Lima.", "US"},
		{"The Norwegian Refugee Council's director said aid could not get through.", ""},
		{"The Norwegian foreign minister said aid could not get through.", "NO"},
		{"Clinics in Vila da Praia and Pemba were full.", ""},
		{"Praia said it would send doctors.", "CV"},
		{"The island bristled at repeated statements from Washington.", "US"},
		{"The island welcomed tourists arriving on flights from Washington.", ""},
		{"\"Bamako, Niamey and Ouagadougou will defend each other,\" he said.", "ML NE BF"},
		{"Bamako, Niamey and Ouagadougou are hot in May.", ""},
		// fx69 (r37e): a list of capitals after a preposition of agency or
		// before a "which" aside and a state's act acts as its states
		{"Government forces deployed under a ceasefire brokered by Washington, Amman and Ankara.", "US JO TR"},
		{"Washington and Paris, which co-chair the monitoring committee, did not respond.", "US FR"},
		{"Paris and Lyon, which hosted the games, are crowded cities.", ""},
		{"The festival toured Berlin, Paris and Lyon in May.", ""},
	}
	for _, c := range cases {
		var got []string
		for _, x := range ex.Extract(c.text).Countries {
			got = append(got, x.Code)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: countries %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	ex := newTestExtractor(t)
	text := strings.Join([]string{
		`Norwegian Foreign Minister Ingrid Solberg hosted the talks on Tuesday.`,
		`"Nobody left the room," Solberg told reporters. "That is not nothing."`,
		`"We are ready," she said, "to talk again next week."`,
		`Khalid Osman, a spokesman for the delegation, said: "We came in good faith.`,
		`"We will study the proposal."`,
		`According to the ministry, "the corridor will open on Friday."`,
		`The army said in a statement that the camp was hit. "We regret any loss of life," the statement said.`,
		`« Nous restons prêts », a déclaré le ministre.`,
	}, "\n")
	res := ex.Extract(text)
	want := []struct{ text, speaker string }{
		{"Nobody left the room", "Ingrid Solberg"},
		{"That is not nothing", "Ingrid Solberg"},
		{"We are ready to talk again next week", "Ingrid Solberg"},
		{"We came in good faith. We will study the proposal", "Khalid Osman"},
		{"the corridor will open on Friday", "ministry"},
		{"We regret any loss of life", "army"},
	}
	got := map[string]string{}
	for _, q := range res.Quotes {
		got[strings.ReplaceAll(q.Text, ",", "")] = q.Speaker
	}
	for _, w := range want {
		sp, ok := got[strings.ReplaceAll(w.text, ",", "")]
		if !ok {
			t.Errorf("missing quote %q; got %v", w.text, got)
			continue
		}
		if sp != w.speaker {
			t.Errorf("quote %q: speaker %q, want %q", w.text, sp, w.speaker)
		}
	}
	for _, q := range res.Quotes {
		if q.Speaker == "Ingrid Solberg" && (q.SpeakerTitle != "Foreign Minister" || q.SpeakerCountry != "NO") {
			t.Errorf("speaker attributes %q %q, want Foreign Minister NO", q.SpeakerTitle, q.SpeakerCountry)
		}
	}
}

func TestTroops(t *testing.T) {
	ex := newTestExtractor(t)
	cases := []struct {
		text    string
		count   int64
		country string
		approx  bool
	}{
		{"Indonesia has offered to contribute 20,000 peacekeepers.", 20000, "ID", false},
		{"Roughly 13,000 US troops remain in the country.", 13000, "US", true},
		{"Kenya pledged 1,000 police officers to the mission.", 1000, "KE", false},
		{"The UN will deploy a force of 3,000 to the border.", 3000, "", false},
		{"A company of 100-120 UK troops is on standby.", 100, "GB", true},
		{"Britain will withdraw 5,000 of its troops from Iraq.", 5000, "GB", false},
		{"Germany's 800 soldiers are based in Lithuania.", 800, "DE", false},
	}
	for _, c := range cases {
		res := ex.Extract(c.text)
		if len(res.Troops) == 0 {
			t.Errorf("%q: no troop figure", c.text)
			continue
		}
		tr := res.Troops[0]
		if tr.Count != c.count || tr.Country != c.country || tr.Approximate != c.approx {
			t.Errorf("%q: got %d %q approx %v, want %d %q %v", c.text, tr.Count, tr.Country, tr.Approximate, c.count, c.country, c.approx)
		}
	}
	for _, text := range []string{
		"Nine French peacekeepers were killed in the attack.",
		"Thousands of troops massed at the border.",
		"The battalion lost 300 tanks.",
	} {
		if res := ex.Extract(text); len(res.Troops) != 0 {
			t.Errorf("%q: want no troop figure, got %+v", text, res.Troops)
		}
	}
}

func TestDeaths(t *testing.T) {
	ex := newTestExtractor(t)
	cases := []struct {
		text       string
		counts     string
		approx     bool
		cumulative bool
	}{
		{"Five people were killed in the shelling.", "5", false, false},
		{"The death toll in the territory rose to around 400.", "400", true, true},
		{"More than 2,500 civilians have been killed so far this year.", "2500", true, true},
		{"Gunmen opened fire, killing 14 civilians.", "14", false, false},
		{"The fire left 12 dead and 40 injured.", "12", false, false},
		{"A 22-year-old man died at the hospital.", "1", false, false},
		// the sum of victims joined by "and", then each stated part
		{"Two civilians and one police officer were killed.", "3 2 1", false, false},
		{"Three soldiers died; three more were wounded.", "3", false, false},
		// an earlier toll recalled in the story is a figure the article states
		{"It was the worst since 2018, when 23 people died in a collision.", "23", false, true},
	}
	for _, c := range cases {
		res := ex.Extract(c.text)
		var got []string
		for _, d := range res.Deaths {
			got = append(got, fmt.Sprint(d.Count))
		}
		if strings.Join(got, " ") != c.counts {
			t.Errorf("%q: deaths %q, want %q", c.text, strings.Join(got, " "), c.counts)
			continue
		}
		if d := res.Deaths[0]; d.Approximate != c.approx || d.Cumulative != c.cumulative {
			t.Errorf("%q: approx %v cumulative %v, want %v %v", c.text, d.Approximate, d.Cumulative, c.approx, c.cumulative)
		}
	}
	for _, text := range []string{
		"Thirty people were injured and 12 were arrested.",
		"The shooting left four people injured.",
		"Dozens were killed in the raid.",
		"An attack could kill thousands, and 500 might die.",
		"Rebels are holding 40 hostages.",
		"No one was killed.",
	} {
		if res := ex.Extract(text); len(res.Deaths) != 0 {
			t.Errorf("%q: want no death figure, got %+v", text, res.Deaths)
		}
	}
}

func TestOffsetsAreCodePoints(t *testing.T) {
	ex := newTestExtractor(t)
	text := "Ärzte: “We are ready,” said Ingrid Solberg, Norway’s foreign minister."
	res := ex.Extract(text)
	runes := []rune(text)
	if len(res.Quotes) != 1 {
		t.Fatalf("want one quote, got %+v", res.Quotes)
	}
	q := res.Quotes[0]
	if got := string(runes[q.Start:q.End]); got != "“We are ready,”" {
		t.Errorf("quote span %d:%d is %q", q.Start, q.End, got)
	}
	for _, o := range res.Officials {
		for _, m := range o.Mentions {
			if got := string(runes[m.Start:m.End]); got != "Ingrid Solberg" {
				t.Errorf("mention %d:%d is %q", m.Start, m.End, got)
			}
		}
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	ex := newTestExtractor(t)
	for _, text := range []string{"", "\n\n", "“", "\"\"\"", "’s", "1,2,3,4", strings.Repeat("a ", 1000), "\xff\xfe broken utf8 \x80"} {
		res := ex.Extract(text)
		if res.Officials == nil || res.Countries == nil || res.Quotes == nil || res.Troops == nil || res.Deaths == nil {
			t.Errorf("%q: nil list in %+v", text, res)
		}
	}
}

// TestTextEndingMidPhrase: a body may begin and end anywhere (a cut page,
// a caption), and a rule that reads the words around a name, a verb or a
// number must not read past either end of the tokens. Each text begins or
// ends where one rule once read on and panicked.
func TestTextEndingMidPhrase(t *testing.T) {
	ex := newTestExtractor(t)
	for _, text := range []string{
		"sent a further 2,500 men to the border.",                          // the verb opens the text (forceMen)
		"Chile deployed 9,000 soldiers to the north. Of those, 450",        // a part ends the text (ofThoseFronted)
		"name only as Rafiq, said the fire spread fast.",                   // "only as" opens the text (namedOnlyAs)
		"Aid workers came \"to help the families\" on Sunday, speaking on", // a particle ends the text (attributionAt)
		"Lena Vogt, director-general of the Baltic",                        // a body's name ends the text (unknownBodyOf)
		"Peru's Congress voted. Ana Quispe, who has represented",           // (representsRole)
		"Chile's court ruled. Tomas Rivas, who has presided over",          // (roleVerbAt)
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("Extract(%q) panicked: %v", text, r)
				}
			}()
			ex.Extract(text)
		}()
	}
}

// fuzzSeeds are FuzzExtract's written seeds; TestBoundaries cuts them too.
var fuzzSeeds = []string{
	"US Senator Marco Rubio said: “We are ready,” he added, “to talk.” Five people were killed.",
	"Indonesia offered 20,000 peacekeepers. « Oui », dit-il.",
	"Bell, 34, and Hayes, 29, were pronounced dead; the gunman killed his wife, then himself. Kenya sent 3,000 more, mostly paratroopers. Chad's contingent, numbering 850,",
	"KABUL, Afghanistan (Reuters) - Britain will send 1,800 troops and Fiji 50. The first group of 60 service members left; the remaining 2,500 will stay.\nAlso read:\nTwo dead after crash\n1:27 1 dead",
	"'s toll rose to 1,391, including 458 children and 21 in Alabama, down from 389; two of the four victims died before turning the gun on himself",
	"00000 B sAid \"000\u201d\x9c0", // invalid UTF-8 once shifted the offsets (testdata/fuzz keeps the crasher)
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	ex, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, ex.Extract(s))
	})
}
