"""Hand-written questions for the Julia FAQ (faq/faq.md).

Written from the FAQ text alone. IN_SCOPE: (question, section id of the one
section that answers it). OUT_OF_SCOPE: questions near the domain (using the
Julia language) that the FAQ does not answer.
"""

S_NAMED = "is-julia-named-after-someone-or-something"
S_TRANSPILE = "why-dont-you-compile-matlabpythonr-code-to-julia"
S_PUBLIC_API = "how-does-julia-define-its-public-api"
S_UNDOCUMENTED = "there-is-a-useful-undocumented-functiontypeconstant-can-i-use-it"
S_DOCS_VAGUE = "the-documentation-is-not-accurate-enough-can-i-rely-on-the-existing-behavior"
S_DELETE = "how-do-i-delete-an-object-in-memory"
S_REDEFINE = "how-can-i-modify-the-declaration-of-a-type-in-my-session"
S_MAIN = "how-do-i-check-if-the-current-file-is-being-run-as-the-main-script"
S_CTRLC = "how-do-i-catch-ctrl-c-in-a-script"
S_SHEBANG = "how-do-i-pass-options-to-julia-using-usrbinenv"
S_RUN = "why-doesnt-run-support--or-pipes-for-scripting-external-programs"
S_LOOP = "why-am-i-getting-undefvarerror-from-a-simple-loop"
S_BINDING = "i-passed-an-argument-x-to-a-function-modified-it-inside-that-function-but-on-the-outside-the-variable-x-is-still-unchanged-why"
S_USING_IN_FN = "can-i-use-using-or-import-inside-a-function"
S_DOTS = "what-does-the--operator-do"
S_ASSIGN = "what-is-the-return-value-of-an-assignment"
S_STABLE = "what-does-type-stable-mean"
S_DOMAIN = "why-does-julia-give-a-domainerror-for-certain-seemingly-sensible-operations"
S_TYPEPARAM = "how-can-i-constrain-or-compute-type-parameters"
S_INTEGER = "why-does-julia-use-native-machine-integer-arithmetic"
S_REMOTE = "what-are-the-possible-causes-of-an-undefvarerror-during-remote-execution"
S_INVARIANCE = "why-doesnt-it-work-to-declare-foobarvectorreal--42-and-then-call-foo1"
S_STRCAT = "why-does-julia-use--for-string-concatenation-why-not--or-something-else"
S_USING_IMPORT = "what-is-the-difference-between-using-and-import"
S_NOTHING = "how-does-null-nothingness-or-missingness-work-in-julia"
S_PLUSEQ = "why-does-x--y-allocate-memory-when-x-and-y-are-arrays"
S_ASYNC = "why-do-concurrent-writes-to-the-same-stream-result-in-inter-mixed-output"
S_ZERODIM = "what-are-the-differences-between-zero-dimensional-arrays-and-scalars"
S_BLAS = "why-are-my-julia-benchmarks-for-linear-algebra-operations-different-from-other-languages"
S_HPC = "how-do-i-manage-precompilation-caches-in-distributed-file-systems"
S_RELEASES = "do-i-want-to-use-the-stable-lts-or-nightly-version-of-julia"
S_UPGRADE_PKGS = "how-can-i-transfer-the-list-of-installed-packages-after-updating-my-version-of-julia"

IN_SCOPE = [
    # the name
    ("who is julia named after? some person or a reference to something?",
     S_NAMED),

    # why no Matlab/Python -> Julia compiler
    ("why isnt there a tool that just converts my old matlab code into julia so it automatically runs fast?",
     S_TRANSPILE),
    ("Couldn't you put a Python front-end on top of the Julia compiler and get the speed for free? What is the secret sauce in Julia's compiler that makes it fast?",
     S_TRANSPILE),

    # public API
    ("how do I know whether a function in Base is public API or internal? it has a docstring, so it's public, right?",
     S_PUBLIC_API),
    ("what counts as public api in julia, and is there a function to list everything a module exports?",
     S_PUBLIC_API),

    # using undocumented internals
    ("found an unexported internal function in Base that does exactly what i need. is it ok to call it from my package??",
     S_UNDOCUMENTED),
    ("Is it risky to depend on non-public Base internals in a registered package? What should I do if I really need that functionality to stay around?",
     S_UNDOCUMENTED),

    # docs not precise
    ("the docstring is vague about an edge case of a function. can i just depend on how it behaves now in my code?",
     S_DOCS_VAGUE),

    # deleting objects from the session
    ("is there something like matlab's `clear` to remove a variable from the julia session?",
     S_DELETE),
    ("I have a 5 GB array sitting in the REPL that I don't need anymore, how do I get that memory back without restarting julia",
     S_DELETE),

    # redefining a struct in the REPL
    ("ERROR: invalid redefinition of constant MyType -- I just added one field to my struct in the REPL. do i really have to restart every time?",
     S_REDEFINE),
    ("whats a good workflow to keep changing my struct definitions while developing without restarting the repl all the time",
     S_REDEFINE),

    # main script check
    ("what is the julia equivalent of python's `if __name__ == \"__main__\":`",
     S_MAIN),
    ("how can my file find out that it was started as `julia file.jl` and not `include`d from somewhere else?",
     S_MAIN),

    # CTRL-C in scripts
    ("my script doesnt react to ctrl+c the way i expect. I wrap the main loop in try/catch for InterruptException to close files, but the catch never runs when I run `julia script.jl`",
     S_CTRLC),
    ("how to run some cleanup code whenever my julia script terminates, including when user presses ctrl-c?",
     S_CTRLC),

    # shebang options
    ("my shebang `#!/usr/bin/env julia --startup-file=no` fails on linux with: /usr/bin/env: 'julia --startup-file=no': No such file or directory. how do i pass the flag?",
     S_SHEBANG),
    ("can i put command line flags like --color=yes into the first line of an executable julia script on mac?",
     S_SHEBANG),

    # run, globbing and pipes
    ("run(`ls *.csv`) gives ls: cannot access '*.csv': No such file or directory, but the files exist. why doesnt the wildcard work?",
     S_RUN),
    ("how do i pipe the output of one external command into another, or into a file, with run? using `|` inside the backticks does nothing",
     S_RUN),

    # UndefVarError in a top-level loop
    ("This works in the REPL but in a script file I get UndefVarError: `x` not defined:\n\nx = 0\nwhile x < 10\n    x += 1\nend\n\nwhat is wrong?",
     S_LOOP),
    ("why do i need the `global` keyword for a loop counter at the top level of a .jl file but not when i paste the same code in the repl?",
     S_LOOP),

    # argument binding
    ("I reassign a parameter inside my function (y = 17) but the caller's variable still holds 10 afterwards. Is Julia pass-by-value?",
     S_BINDING),
    ("why does setting A[1] = 5 inside a function change the callers array, but doing A = something_else inside it has no effect outside?",
     S_BINDING),

    # using/import inside a function
    ("i get a syntax error when i put `using LinearAlgebra` inside a function body. how can i load a package only for use in one function?",
     S_USING_IN_FN),
    ("can I limit an import to a single function so the names dont leak into the rest of my module?",
     S_USING_IN_FN),

    # the ... operator
    ("what do the three dots mean in `f(args...)`? i see them both in function definitions and in calls",
     S_DOTS),
    ("how to pass the elements of a vector as separate positional arguments to a function, like *args in python?",
     S_DOTS),

    # return value of an assignment
    ("why does my function return 3.0 and not 3 when its last line is `x::Int = 3.0`? I declared x as Int",
     S_ASSIGN),

    # type stability
    ("people on discourse keep telling me my function 'is not type stable'. what does that even mean, it returns either 1 or 1.0 depending on a flag",
     S_STABLE),

    # DomainError
    ("sqrt(-2.0) throws DomainError with -2.0 instead of giving me a complex number. How do I get the imaginary result?",
     S_DOMAIN),
    ("why doesnt julia automatically return a complex number for the square root of a negative float like some other languages do",
     S_DOMAIN),

    # constraining type parameters
    ("i want a struct where array B has exactly one dimension more than array A, but `struct Foo{T,N,N+1}` is invalid syntax. how to enforce that?",
     S_TYPEPARAM),
    ("Can I restrict a type parameter to be an Int value, or do arithmetic with type parameters inside a struct definition?",
     S_TYPEPARAM),

    # integer overflow
    ("typemax(Int) + 1 silently gives -9223372036854775808 with no error?! why doesnt julia check for overflow",
     S_INTEGER),
    ("matlab saturates int64 at the max value instead of wrapping around. why did julia not do that, and is there a package for overflow-checked integers?",
     S_INTEGER),

    # UndefVarError on workers
    ("with Distributed, calling remotecall_fetch from inside my module fails: ERROR: On worker 2: UndefVarError: `Foo` not defined. the module is loaded on the master process",
     S_REMOTE),
    ("a global variable created inside a module function isnt visible on the worker processes, but doing the same in Main works fine. why the difference?",
     S_REMOTE),

    # parametric invariance
    ("ERROR: MethodError: no method matching foo(::Vector{Int64}) - but I defined foo(x::Vector{Real}) and Int is a Real?",
     S_INVARIANCE),
    ("how do i write one method that accepts a vector of any real number type (Vector{Int}, Vector{Float64}, ...)?",
     S_INVARIANCE),

    # string concatenation with *
    ("why is string concatenation done with * in julia? \"a\" + \"b\" just throws an error",
     S_STRCAT),
    ("besides * what else can i use to join strings, and how to repeat a string n times?",
     S_STRCAT),

    # using vs import
    ("difference between `using Foo` and `import Foo`? i want to add a method to a function from another package",
     S_USING_IMPORT),
    ("I defined `bar(s::AbstractString)` in my code and it silently replaced a method of some other module's `bar`. how could that happen and how do I avoid doing it by accident?",
     S_USING_IMPORT),

    # nothing and missing
    ("whats the julia equivalent of null / Option / Maybe for a struct field that may or may not have a value?",
     S_NOTHING),
    ("nothing vs missing, which one should I use for NA values in a statistics dataset?",
     S_NOTHING),

    # x += y allocating
    ("the profiler shows `x += y` inside my loop allocates a new array every iteration (x and y are Vector{Float64}). I expected it to be in place, why?",
     S_PLUSEQ),
    ("how to add one array into another one in place, without allocating a new array each time",
     S_PLUSEQ),

    # interleaved output from tasks
    ("several @async tasks writing to stdout give me garbled lines like `123 Foo  Foo  Foo  Bar  Bar  Bar`. how to keep each task's output together?",
     S_ASYNC),
    ("why does output from write() in concurrent tasks get mixed together while println does not?",
     S_ASYNC),

    # zero-dimensional arrays
    ("what is `zeros()` with no arguments? it prints 0-dimensional Array{Float64,0}, how is this different from a normal Float64?",
     S_ZERODIM),
    ("why is the length of a 0-dimensional array 1 and not 0? i thought it would be empty",
     S_ZERODIM),

    # BLAS benchmarks
    ("multiplying two random 1000x1000 matrices with @btime is slower in julia than in matlab on the same laptop, why would that be?",
     S_BLAS),
    ("can julia use intel mkl instead of openblas for linear algebra? and why is it not shipped by default",
     S_BLAS),

    # precompilation caches on clusters
    ("On our cluster, starting 200 julia jobs at the same time hammers the shared NFS home with precompile cache files and everything gets slow. How can we avoid this?",
     S_HPC),
    ("how do i give every julia process on an hpc node its own private depot? is JULIA_DEPOT_PATH the right variable",
     S_HPC),

    # release channels
    ("should i install the LTS or the newest stable julia for a new project at work? not sure what the difference is",
     S_RELEASES),
    ("are the nightly builds of julia ok to use for everyday work or will they break my code",
     S_RELEASES),

    # packages after a version upgrade
    ("upgraded julia from 1.9 to 1.10 and now all my packages are gone?! how do i get them back without adding each one by hand",
     S_UPGRADE_PKGS),
    ("how to copy my installed package list and exact versions (Project.toml / Manifest.toml) over to the new minor version of julia",
     S_UPGRADE_PKGS),
]

OUT_OF_SCOPE = [
    "how do i parallelize a for loop over multiple cpu threads with Threads.@threads, and how do i start julia with more threads?",
    "why is the very first call of my function (or the first plot) so slow, and the second one fast?",
    "how do i read a csv file into a dataframe in julia?",
    "how to make a line plot and save it as a png file",
    "what's the recommended way to create a new julia package with tests and CI set up?",
    "are julia arrays stored column-major or row-major? which loop order is faster",
    "why do arrays start at 1 in julia and not 0?",
    "how to use julia inside a jupyter notebook?",
    "can i compile my julia program into a standalone executable to give to colleagues without julia installed?",
    "does julia run on nvidia gpus? how do i move an array to the gpu",
    "how do i profile my code to see which lines take the most time?",
    "how to declare keyword arguments with default values in a julia function",
    "is there a way to break out of two nested for loops at once in julia?",
    "in R, should i use data.table or dplyr for large data frames?",
    "my orchid's leaves are turning yellow after repotting, what am i doing wrong?",
]
