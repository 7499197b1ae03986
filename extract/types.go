package extract

// Version names the rules that produced a Result. Stored records carry it so
// that an analyst can tell records of older rules from newer ones; it changes
// whenever a rule or gazetteer changes what is extracted.
const Version = "2026.12.19"

// Span is a range of Unicode code points in the body, End exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Result is everything extracted from one article body. Lists are never nil.
type Result struct {
	Officials []Official `json:"officials"`
	Countries []Country  `json:"countries"`
	Quotes    []Quote    `json:"quotes"`
	Troops    []Troops   `json:"troops"`
	Deaths    []Deaths   `json:"deaths"`
}

// Official is a named person holding a role that the article states.
// Country and Organization are empty when the article does not tie the role
// to a state or a non-state body; they marshal as JSON null.
type Official struct {
	Name         string   `json:"name"`         // fullest form of the name, without the title
	Title        string   `json:"title"`        // the role as worded, without country adjective or article
	Country      string   `json:"country"`      // ISO 3166-1 alpha-2 of the state the role belongs to
	Organization string   `json:"organization"` // non-state body the role belongs to
	Also         []string `json:"also"`         // other forms the article uses for the person
	Mentions     []Span   `json:"mentions"`
	Rule         string   `json:"rule"` // the rule that found the role
}

// Country is a sovereign state the article mentions, with how often.
type Country struct {
	Code     string `json:"code"` // ISO 3166-1 alpha-2
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
	Spans    []Span `json:"spans"`
}

// Quote is direct speech with the speaker it is attributed to.
type Quote struct {
	Text                string `json:"text"`         // the words inside the marks, parts joined by a space
	Speaker             string `json:"speaker"`      // fullest name of the person or body
	SpeakerKind         string `json:"speaker_kind"` // SpeakerPerson or SpeakerBody
	SpeakerTitle        string `json:"speaker_title"`
	SpeakerCountry      string `json:"speaker_country"`
	SpeakerOrganization string `json:"speaker_organization"`
	Cue                 string `json:"cue"`   // the attributing verb ("said", "told") or ":"
	Start               int    `json:"start"` // the quote's span, marks included
	End                 int    `json:"end"`
	Rule                string `json:"rule"`
}

// Kinds of speaker.
const (
	SpeakerPerson = "person" // a named person, resolved to the fullest name
	SpeakerBody   = "body"   // a body or a description: "Hamas", "a spokesperson"
)

// Troops is a number of military or police personnel deployed, pledged,
// offered, requested, withdrawn or stationed.
type Troops struct {
	Count       int64  `json:"count"`
	Approximate bool   `json:"approximate"`
	Country     string `json:"country"` // the state that sends or holds them
	Unit        string `json:"unit"`    // "troops", "peacekeepers", ...
	Start       int    `json:"start"`   // span of the figure's phrase
	End         int    `json:"end"`
	Evidence    string `json:"evidence"` // the sentence that states it
	Rule        string `json:"rule"`
}

// Deaths is a number of people stated killed or dead, or a death toll.
type Deaths struct {
	Count       int64  `json:"count"`
	Approximate bool   `json:"approximate"`
	Cumulative  bool   `json:"cumulative"` // a running toll rather than one incident
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Evidence    string `json:"evidence"`
	Rule        string `json:"rule"`
}
