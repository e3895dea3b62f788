"""Hand-written questions for the Sorbet FAQ blind set (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE: (question, section id) pairs;
OUT_OF_SCOPE: questions no section answers (expect null).
"""

NIL = "why-does-sorbet-think-this-is-nil-i-just-checked-that-its-not"
STDLIB_WRONG = "it-looks-like-sorbets-types-for-the-stdlib-are-wrong"
ASSERTIONS = "whats-the-difference-between-tlet-tcast-and-tunsafe"
VOID = "whats-the-type-signature-for-a-method-with-no-return"
MULTI_RETURN = "whats-the-signature-for-a-method-that-returns-multiple-values"
ATTR = "how-should-i-add-types-to-methods-defined-with-attr_reader"
ARRAY = "whats-the-difference-between-array-and-tarray"
CLASS_OBJ = "how-do-i-accept-a-class-object-and-not-an-instance-of-a-class"
INITIALIZE = "how-do-i-write-a-signature-for-initialize"
EQUALITY = "how-do-i-override--what-signature-should-i-use"
T_MUST = "i-use-tmust-a-lot-with-arrays-and-hashes-is-there-a-way-around-this"
VAGUE_SIGS = ("sigs-are-vague-for-stdlib-methods-that-accept-keyword-arguments"
              "--have-multiple-return-types")
SUPER_UNTYPED = "why-is-super-untyped-even-when-the-parent-method-has-a-sig"
SUPER_WHEN = "when-are-calls-to-super-typed-and-when-are-they-untyped"
SUPER_FIX = "how-can-i-fix-type-errors-that-arise-from-super"
UNTYPED_AND = "why-does-tuntyped--tboolean-have-type-tnilabletboolean"
RAKE = "does-sorbet-work-with-rake-and-rakefiles"
UPGRADE = "how-do-i-upgrade-sorbet"
PLATFORMS = "what-platforms-does-sorbet-support"
RAILS = "does-sorbet-support-activerecord-and-rails"
YARD = "can-i-convert-from-yard-docs-to-sorbet-signatures"
RUBY3 = "when-ruby-3-gets-types-what-will-the-migration-plan-look-like"
DUCK = "can-i-use-sorbet-for-duck-typed-code"
SINGLE_FILE = "how-do-i-see-errors-from-a-single-file-not-the-whole-project"

IN_SCOPE = [
    # flow-sensitivity limitation: a method called twice
    ("sorbet says my value might be nil right after i did `if user.account` on the line above... i literally just checked it, whats going on", NIL),
    ("why doesnt sorbet remember that i already nil checked the result of a method call when i call the same method again", NIL),

    # stdlib RBIs wrong
    ("the type sorbet has for one of the ruby core methods is flat out wrong. do you guys fix those if i open an issue?", STDLIB_WRONG),
    ("where do the rbi files for the ruby standard libary live, i want to send a pr fixing an annotation", STDLIB_WRONG),
    ("sorbets builtin sig for a standard lib method is incorrect and i cant wait for a new release, what do i do in the meantime", STDLIB_WRONG),

    # T.let / T.cast / T.unsafe
    ("when do i use T.let vs T.cast", ASSERTIONS),
    ("t.unsafe vs t.cast whats the diffrence", ASSERTIONS),

    # sig {void}
    ("how do i type a method that doesnt return anything", VOID),
    ("whats the sig for a method that only has side effects and whose return value nobody should use", VOID),

    # return x, y
    ("my method ends with `return total, errors` - what return type goes in the sig?", MULTI_RETURN),
    ("how to type a ruby method that returns two values, an integer and a string", MULTI_RETURN),
    ("can i use a tuple type as the return type when a method returns 2 things at once", MULTI_RETURN),

    # attr_reader / attr_writer / attr_accessor
    ("where do i put the sig for attr_accessor, do i need a separate one for the setter part?", ATTR),
    ("how to type attr_reader :name", ATTR),
    ("in typed: strict my attr_reader ivar gives an error unless i do something in the constructor, whats the rule there", ATTR),

    # Array vs T::Array[...]
    ("plain Array vs T::Array in a sig, whats the difference and which one should i use", ARRAY),
    ("sorbet errors when i write just `T::Array` as a param type but bare `Array` is accepted??", ARRAY),

    # T.class_of
    ("my method takes a class (like User itself, not a user record), how do i type that parameter", CLASS_OBJ),
    ("type for a param that receives the class rather than an object of that class", CLASS_OBJ),

    # initialize
    ("what return type should def initialize have in its sig", INITIALIZE),
    ("for a constructor do i write returns(T.attached_class) or something? not sure what the sig for initialize should be", INITIALIZE),

    # == / eql?
    ("typing ==, what type should the `other` param be and what does it return", EQUALITY),
    ("sig for an eql? override", EQUALITY),
    ("inside my custom equality method calling is_a? on the argument gives me trouble, what should i use instead", EQUALITY),

    # T.must with [] -> fetch
    ("every hash lookup comes back nilable and i end up wrapping everything in T.must, is there a nicer way", T_MUST),
    ("why does `items[0]` come back as T.nilable even though i know the array isnt empty", T_MUST),
    ("id rather get an exception than deal with nil when a key is missing from a hash, how do i do that without T.must everywhere", T_MUST),

    # vague stdlib sigs (Array#sample etc.)
    ("[1,2,3].sample reveals T.nilable(T.any(Integer, T::Array[Integer])) which is super annoying, how do i just get Integer", VAGUE_SIGS),
    ("why are the stdlib sigs so wide for methods where the return type depends on what arguments you pass", VAGUE_SIGS),
    ("is it ok to write my own rbi that redefines Array#sample to always return Elem? whats the downside", VAGUE_SIGS),

    # super untyped (overview)
    ("does sorbet type check super calls at all or is super always T.untyped", SUPER_UNTYPED),
    ("after bumping sorbet i suddenly get new type errors on lines that call super, is that expected?", SUPER_UNTYPED),

    # when super is typed
    ("my super call inside a module method reveals T.untyped, but the same thing in a class gets checked. why the difference", SUPER_WHEN),
    ("what are the exact conditions for sorbet to typecheck a super? mine is inside a do ... end block and seems to be ignored", SUPER_WHEN),

    # fixing super errors
    ("getting `Method does not exist` on a super call but the parent class does define that method (its generated with some metaprogramming)", SUPER_FIX),
    ("`super.foo` inside initialize gives an error now, what should i write instead", SUPER_FIX),
    ("how can i silence the error on just one super call? T.unsafe(self).super doesnt seem to be a thing", SUPER_FIX),

    # T.untyped && T::Boolean
    ("why is `x && y` nilable when y is a T::Boolean and x is untyped", UNTYPED_AND),
    ("reveal_type on untyped && bool shows T.nilable(T::Boolean). bug or intended??", UNTYPED_AND),

    # Rake
    ("can sorbet typecheck my Rakefile", RAKE),
    ("sorbet doesnt understand `task` and `namespace` calls at the top level of our rake file, it just complains that the method doesnt exist", RAKE),
    ("how should i structure rake tasks so that sorbet can actually check them", RAKE),

    # upgrading
    ("how do i bump sorbet to a newer version", UPGRADE),
    ("does sorbet follow semver? worried a minor update will break our build", UPGRADE),
    ("after updating the sorbet gems is there a command that suggests stronger typed: sigils for my files", UPGRADE),

    # platforms
    ("does sorbet run on windows", PLATFORMS),
    ("srb tc fails inside a ruby:alpine docker image, what extra packages do i need to install", PLATFORMS),
    ("is there a prebuilt sorbet-static for apple silicon macs? m1 here and it wont work", PLATFORMS),

    # Rails / ActiveRecord
    ("does sorbet understand activerecord models and their generated methods", RAILS),
    ("we have a big rails app, how do we get rbis for all the dynamic stuff rails defines", RAILS),

    # YARD
    ("our codebase has yard @param/@return comments all over, can we turn those into sigs automatically", YARD),
    ("is there a tool that generates rbi files out of yard documentation", YARD),

    # Ruby 3 / RBS
    ("now that ruby has rbs, will sorbet read .rbs files or do i have to rewrite everything", RUBY3),
    ("once ruby 3 ships its own type annotations will i still need sig blocks in my code", RUBY3),
    ("is ruby 3 going to include its own type checker that makes sorbet obsolete?", RUBY3),

    # duck typing
    ("can sorbet do structural typing, like 'any object that responds to call'", DUCK),
    ("i want a param to accept anything with a #call method, rack middleware style, how do i type that with sorbet", DUCK),

    # errors from a single file
    ("how do i make srb tc only show the errors for one file", SINGLE_FILE),
    ("adopting sorbet in a huge legacy app and theres thousands of errors at once, where do i even start", SINGLE_FILE),
    ("is there a command line flag that forces every file to typed: false no matter what the sigil says", SINGLE_FILE),
]

OUT_OF_SCOPE = [
    # on topic, but no section answers them
    "how do i set up sorbet in vs code so i get errors and autocomplete in the editor",
    "how do i define a typed struct with T::Struct and props",
    "whats the right way to make an enum in sorbet, T::Enum?",
    "can i turn off sorbet-runtime sig checks in production for performance",
    "how do i write a sig for a method that takes a block",
    "how long does srb tc take on a really big codebase, is it fast enough for ci",
    "sorbet complains about rspec doubles and mocks in my specs, how do people handle that",
    "what licence is sorbet under, can we use it in a commercial product",
    "how do i get exhaustiveness checking in a case statement, T.absurd?",
    "how do i type a hash with specific fixed keys, like a shape or record type",
    "how do i make my own generic class with type_member",
    "how do i exclude the vendor folder from being typechecked",
    "can sorbet generate html api docs from my sigs",
    # off topic
    "whats the best way to keep a sourdough starter alive while im on vacation",
    "how do i center a div vertically in css",
]
