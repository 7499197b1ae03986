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
