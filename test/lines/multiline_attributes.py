# An attribute over several lines is loaded, stored, called and deleted on the line of its
# name from 3.10 (end_lineno; 3.11+ update_start_location_to_match_attr), which the tracer
# then reports between the lines of the object and of the statement.
class Base:
    def greet(self, who="you"):
        return "hi " + who


class Report(Base):
    title = "report"

    def greet(self, who="me"):
        return (super()
                .greet(who))

    def chain(self, *parts, **extra):
        return self


r = Report()
heading = (r
           .title)
lines = """first
second""".splitlines()
same = (r
        .chain(1,
               2)
        .chain(k=3)
        .chain())
called = (r
          .chain)(4)
(r
 .count) = 1
(r
 .count) += 2
for (r
     .item) in range(2):
    pass
text = r.greet()
del (r
     .count)
print(heading, lines, same is r, called is r, r.item, text, "{}-{}".format(*lines).upper())
