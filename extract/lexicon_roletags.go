package extract

import "strings"

// taggedRoles returns the roles of roleTags ("word/tag" keys) that carry
// tag, for a shapeSet the rules ask by a token's shapeBit: roleKind asks
// whether a role word ends a role (the tag "endsrole") of every role word
// it reads (some 10,000 over the 417 BBC politics articles), where the
// map's key had to be joined ("word" + "/endsrole") and hashed each time.
func taggedRoles(roleTags map[string]bool, tag string) []string {
	var words []string
	for k, in := range roleTags {
		if w, ok := strings.CutSuffix(k, "/"+tag); ok && in && w != "" {
			words = append(words, w)
		}
	}
	return words
}

// roleTag is a tag of roles.tsv that the rules ask of a word again and
// again (thousands of times over the 417 BBC politics articles); a word of
// a tag is asked through roleTagged rather than roleTags, whose key had to
// be joined ("word" + "/military") and hashed at each call.
type roleTag uint8

const (
	tagMilitary roleTag = iota
	tagSpeaker
	tagCourtesy
	tagInName
	tagSurname
	tagGiven
	numRoleTags
)

// roleTagNames are the tags of roleTag, as roles.tsv writes them.
var roleTagNames = [numRoleTags]string{"military", "speaker", "courtesy", "inname", "surname", "given"}

// roleTagSets holds the roles of each roleTag.
type roleTagSets [numRoleTags]*shapeSet

// newRoleTagSets gathers the roles of each roleTag from roleTags.
func newRoleTagSets(roleTags map[string]bool) roleTagSets {
	var s roleTagSets
	for tag, name := range roleTagNames {
		s[tag] = newShapeSet(taggedRoles(roleTags, name))
	}
	return s
}

// roleTagged is roleTags[w+"/"+tag's name], without joining the key.
func (lx *lexicon) roleTagged(tag roleTag, w string) bool {
	return w != "" && lx.tagSets[tag].holds(w, shapeBit(w))
}

// roleTaggedToken is roleTagged of t's lower case, with its shapeBit.
func (lx *lexicon) roleTaggedToken(tag roleTag, t *token) bool {
	return t.lower != "" && lx.tagSets[tag].holds(t.lower, t.shape)
}
