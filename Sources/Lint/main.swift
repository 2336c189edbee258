import Foundation

exit(CommandLineApp.run(Array(CommandLine.arguments.dropFirst())))
