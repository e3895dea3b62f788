"""Hand-written questions for the blind Expo FAQ set.

Written from the FAQ text (faq/faq.mdx) alone, in the style of a Discord
support channel. IN_SCOPE: (question, expected section id). OUT_OF_SCOPE:
questions about Expo that no section of this FAQ answers (expect null).
"""

IN_SCOPE = [
    # what-is-expo-used-for
    ("total noob here, what even is expo? a friend told me to use it for my app idea",
     "what-is-expo-used-for"),
    ("is expo only for phone apps or can the same project also run in a browser?",
     "what-is-expo-used-for"),
    ("can someone explain in plain words what people use expo for? live updates, sharing the app with others, that kind of stuff?",
     "what-is-expo-used-for"),

    # do-companies-use-expo
    ("is expo actually used in production by big companies or is it just for prototypes and hackathons?",
     "do-companies-use-expo"),
    ("my CTO thinks expo is a toy. is there a list of real customers / apps built with it that I can show him",
     "do-companies-use-expo"),
    ("does anyone serious ship with expo? like apps with millions of users",
     "do-companies-use-expo"),

    # why-does-expo-have-its-own-sdk
    ("why does expo ship its own set of libraries instead of just using the community packages everyone else uses?",
     "why-does-expo-have-its-own-sdk"),
    ("whats the point of the expo-* modules (expo-camera etc) when there are already rn libs for the same things",
     "why-does-expo-have-its-own-sdk"),
    ("history question, just curious: how come expo ended up building a whole sdk of its own in the first place?",
     "why-does-expo-have-its-own-sdk"),

    # what-is-the-difference-between-expo-and-react-native
    ("expo vs react native, whats the actual difference? are they competitors?",
     "what-is-the-difference-between-expo-and-react-native"),
    ("confused: is expo a replacement for react native or something that sits on top of it?",
     "what-is-the-difference-between-expo-and-react-native"),
    ("rn dev here, I always thought expo was a separate framework. how does it relate to react native itself",
     "what-is-the-difference-between-expo-and-react-native"),

    # do-i-need-to-switch-from-react-native-to-use-expo
    ("do i have to abandon react native and rewrite everything to use expo??",
     "do-i-need-to-switch-from-react-native-to-use-expo"),
    ("we have a huge react native codebase. is adopting expo a migration away from RN, or do we stay on RN and just use expo stuff alongside it?",
     "do-i-need-to-switch-from-react-native-to-use-expo"),
    ("is it true I'd have to stop using react native if I go with expo",
     "do-i-need-to-switch-from-react-native-to-use-expo"),

    # how-much-does-expo-cost
    ("is expo free? or do i need a paid plan to make my app",
     "how-much-does-expo-cost"),
    ("what does EAS cost? is there a free tier or is it pay only",
     "how-much-does-expo-cost"),
    ("solo dev with basically zero budget here. can I build and ship an app with expo without paying anything, or will I hit a paywall at some point?",
     "how-much-does-expo-cost"),

    # how-do-i-add-custom-native-code-to-my-expo-project
    ("i need to write a bit of swift for one feature, how do i add my own native code to an expo project",
     "how-do-i-add-custom-native-code-to-my-expo-project"),
    ("how do I tweak the android / xcode project in an expo app? is customizing the native side even allowed",
     "how-do-i-add-custom-native-code-to-my-expo-project"),
    ("can an expo project contain custom native code at all? someone said something about dev builds and config plugins",
     "how-do-i-add-custom-native-code-to-my-expo-project"),

    # can-i-use-expo-in-the-app-that-is-created-with-react-native-cli
    ("created my app with npx react-native init about a year ago, no expo at all. can I still pull in expo sdk modules like expo-image?",
     "can-i-use-expo-in-the-app-that-is-created-with-react-native-cli"),
    ("plain RN project that was never an expo app - can we still use eas build and expo-dev-client on it?",
     "can-i-use-expo-in-the-app-that-is-created-with-react-native-cli"),
    ("is it possible to add expo to an existing react native cli app without starting a new project",
     "can-i-use-expo-in-the-app-that-is-created-with-react-native-cli"),

    # how-do-i-share-my-expo-project-can-i-submit-it-to-the-app-stores
    ("how do i send my app to a friend so they can try it, without putting it on the store yet",
     "how-do-i-share-my-expo-project-can-i-submit-it-to-the-app-stores"),
    ("finally ready to publish!! how do I get an ipa / aab out of my expo project and get it onto the play store and app store",
     "how-do-i-share-my-expo-project-can-i-submit-it-to-the-app-stores"),
    ("want to hand our QA people an apk for android and an ad hoc build for ios, whats the way to distribute internally",
     "how-do-i-share-my-expo-project-can-i-submit-it-to-the-app-stores"),

    # can-i-develop-ios-apps-on-a-windows-computer
    ("i only have a windows laptop, no mac. can i still make and ship an iphone app with expo?",
     "can-i-develop-ios-apps-on-a-windows-computer"),
    ("need to build for ios but dont own a macbook, any options",
     "can-i-develop-ios-apps-on-a-windows-computer"),
    ("I'm developing on a windows pc. how do I test my app on my actual iphone if I can't run xcode?",
     "can-i-develop-ios-apps-on-a-windows-computer"),

    # what-versions-of-android-and-ios-are-supported-by-the-expo-sdk
    ("whats the lowest android version expo supports? a lot of our users are on really old phones",
     "what-versions-of-android-and-ios-are-supported-by-the-expo-sdk"),
    ("does the expo sdk still work on ios 12?",
     "what-versions-of-android-and-ios-are-supported-by-the-expo-sdk"),
    ("minimum os requirements (ios + android) for an app built with the expo sdk?",
     "what-versions-of-android-and-ios-are-supported-by-the-expo-sdk"),

    # what-is-the-minimal-size-of-a-hello-world-expo-app
    ("how big is a basically empty expo app once it's in the store? worried about download size",
     "what-is-the-minimal-size-of-a-hello-world-expo-app"),
    ("does adding the expo package bloat my apk a lot? how many MB are we talking",
     "what-is-the-minimal-size-of-a-hello-world-expo-app"),
    ("hello world in expo, what binary size should i expect roughly",
     "what-is-the-minimal-size-of-a-hello-world-expo-app"),

    # can-i-use-expo-with-my-native-library
    ("our payment provider only has a native android sdk (kotlin) and an ios one in swift. can I use those from an expo app?",
     "can-i-use-expo-with-my-native-library"),
    ("how do i use a native ios library in expo, do i have to write a module for it myself",
     "can-i-use-expo-with-my-native-library"),
    ("is there a place to check which popular rn libraries already come with native modules, before i go write my own?",
     "can-i-use-expo-with-my-native-library"),

    # can-i-use-expo-with-this-web-library
    ("does three.js work with expo?",
     "can-i-use-expo-with-this-web-library"),
    ("can i use normal js packages from the web world in an expo app, or only react native specific ones",
     "can-i-use-expo-with-this-web-library"),
    ("are there example projects showing popular web libs running inside expo",
     "can-i-use-expo-with-this-web-library"),

    # is-expo-similar-to-react-for-web-development
    ("coming from react web dev. can i just use divs and css in expo?",
     "is-expo-similar-to-react-for-web-development"),
    ("how does expo compare to react for building websites? is it basically the same thing but for mobile",
     "is-expo-similar-to-react-for-web-development"),
    ("why can't I use navigator.geolocation in my expo app like I do in the browser? what do I use instead",
     "is-expo-similar-to-react-for-web-development"),

    # what-are-the-store-policies-regarding-interpreted-code
    ("will apple reject my app if I push JS updates over the air after review? is downloading code even allowed",
     "what-are-the-store-policies-regarding-interpreted-code"),
    ("does google play allow apps that download javascript at runtime? our legal person is nervous about it",
     "what-are-the-store-policies-regarding-interpreted-code"),
    ("is changing app behaviour with a new js bundle after approval against the app store rules? what exactly do apple and google say",
     "what-are-the-store-policies-regarding-interpreted-code"),

    # should-i-use-expo-cli-or-react-native-community-cli
    ("npx expo start or npx react-native start, which one am i supposed to use",
     "should-i-use-expo-cli-or-react-native-community-cli"),
    ("what does the expo cli do that the react native community cli doesnt?",
     "should-i-use-expo-cli-or-react-native-community-cli"),
    ("can the expo cli and the community rn cli both be used in one project or do i have to pick one",
     "should-i-use-expo-cli-or-react-native-community-cli"),

    # is-expo-go-open-source
    ("where is the source code for the expo go app? is it public",
     "is-expo-go-open-source"),
    ("is expo go open source or closed source",
     "is-expo-go-open-source"),
    ("i want to see how the expo go client itself is built, which repo / folder is it in?",
     "is-expo-go-open-source"),

    # is-expo-eject-deprecated
    ("expo eject gives me an error, did they remove it?",
     "is-expo-eject-deprecated"),
    ("old tutorial says to run expo eject to get the android and ios folders. whats the replacement now",
     "is-expo-eject-deprecated"),
    ("is ejecting still a thing in expo or is that gone",
     "is-expo-eject-deprecated"),

    # limitations
    ("what are the downsides of expo go? at what point should I stop using it",
     "limitations"),
    ("my app needs onesignal for push and a bluetooth lib with native code. will that work inside expo go or do i need something else",
     "limitations"),
    ("before our team commits: what are the reasons NOT to use expo? want to know the limitations up front",
     "limitations"),
]

OUT_OF_SCOPE = [
    "how do i upgrade my project from sdk 50 to 51 without breaking everything",
    "expo-router: how do I make a tab layout that has a stack inside one of the tabs?",
    "how do I change the app icon and the splash screen",
    "my EXPO_PUBLIC_ env vars are undefined in the eas build but work locally, what am i missing",
    "getting 'Unable to resolve module' right after installing a package. do i need to clear the metro cache?",
    "how do i set up deep links with a custom url scheme so myapp://profile opens the right screen",
    "custom font (Inter) isnt applied, text still renders in the system font. how do you load fonts properly",
    "where do i put the camera permission message for ios in app.json",
    "how can I download the android keystore that eas generated for my app",
    "is there a way to bump the android versionCode automatically on every build",
    "useColorScheme always returns light even though my phone is in dark mode",
    "how do i run migrations with expo-sqlite when i change my table schema",
    "whats the recommended library for in app purchases / subscriptions in an expo app",
    "how do I set up sentry crash reporting in an expo project",
    "images from my assets folder show up blank on android but fine on ios, any idea?",
]
