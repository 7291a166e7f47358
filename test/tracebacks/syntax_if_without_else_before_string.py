# A conditional expression missing its else, followed by a literal: 3.10+ say so and
# underline the body through the condition.
ready = True
label = "yes" if ready "no"
