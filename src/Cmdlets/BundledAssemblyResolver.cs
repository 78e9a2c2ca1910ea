using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace DeepCopy
{
    /// <summary>
    /// Stands in for the binding redirects Windows PowerShell 5.1 cannot have. The libraries the module ships disagree
    /// on versions: System.Text.Json 8 asks for System.Runtime.CompilerServices.Unsafe 6.0.0.0 while System.Memory asks
    /// for 4.0.4.1, and everything asks for System.Buffers 4.0.2.0 while its package's library is 4.0.3.0. An
    /// application's build writes redirects for that into its .config; powershell.exe's has none for a module, and .NET
    /// Framework binds strong names exactly, so without help the first copy fails with a FileLoadException. This answers
    /// the runtime's AssemblyResolve question with the module folder's own file when the name and public key token
    /// match and the file's version is at least the one asked for: what a redirect to the shipped version would do,
    /// never a downgrade, and never for an assembly the module does not ship.
    /// </summary>
    internal sealed class BundledAssemblyResolver
    {
        private static int _installed;
        private readonly string _directory;

        internal BundledAssemblyResolver(string directory) => _directory = directory;

        /// <summary>
        /// True on .NET Framework only. .NET (PowerShell 7) unifies these libraries with its own newer copies and
        /// resolves a module's files through PowerShell's load context, so a second resolver there would only add risk.
        /// </summary>
        internal static bool IsNeeded { get; } = typeof(object).Assembly.GetName().Name == "mscorlib";

        /// <summary>Installs the resolver once per process where <see cref="IsNeeded"/>; called before anything else at import.</summary>
        internal static void InstallWhereNeeded()
        {
            if (!IsNeeded || Interlocked.Exchange(ref _installed, 1) == 1)
            {
                return;
            }

            var location = typeof(BundledAssemblyResolver).Assembly.Location;
            if (string.IsNullOrEmpty(location))
            {
                return;
            }

            var resolver = new BundledAssemblyResolver(Path.GetDirectoryName(location)!);
            AppDomain.CurrentDomain.AssemblyResolve += resolver.Resolve;
        }

        /// <summary>The AssemblyResolve handler: null (not ours to answer) unless the module ships a file that satisfies the request.</summary>
        internal Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var requested = TryParse(args.Name);
            var path = requested == null ? null : FindFile(requested);
            if (requested == null || path == null)
            {
                return null;
            }

            // A copy already in the process that satisfies the request is reused, so the session keeps one of each.
            var loaded = AppDomain.CurrentDomain.GetAssemblies()
                .Where(assembly => Satisfies(assembly.GetName(), requested))
                .OrderByDescending(assembly => assembly.GetName().Version)
                .FirstOrDefault();
            return loaded ?? Assembly.LoadFrom(path);
        }

        /// <summary>The module folder's file for <paramref name="requested"/>, or null when it has none that satisfies it.</summary>
        internal string? FindFile(AssemblyName requested)
        {
            var name = requested.Name;
            if (string.IsNullOrEmpty(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains(".."))
            {
                return null;
            }

            var path = Path.Combine(_directory, name + ".dll");
            if (!File.Exists(path))
            {
                return null;
            }

            AssemblyName shipped;
            try
            {
                shipped = AssemblyName.GetAssemblyName(path);
            }
            catch (Exception exception) when (exception is IOException || exception is BadImageFormatException || exception is UnauthorizedAccessException)
            {
                return null;
            }

            return Satisfies(shipped, requested) ? path : null;
        }

        private static bool Satisfies(AssemblyName candidate, AssemblyName requested)
        {
            if (!string.Equals(candidate.Name, requested.Name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (requested.Version != null && (candidate.Version == null || candidate.Version < requested.Version))
            {
                return false;
            }

            var requestedToken = requested.GetPublicKeyToken();
            return requestedToken == null || requestedToken.Length == 0
                || (candidate.GetPublicKeyToken() ?? Array.Empty<byte>()).SequenceEqual(requestedToken);
        }

        private static AssemblyName? TryParse(string? fullName)
        {
            if (string.IsNullOrEmpty(fullName))
            {
                return null;
            }

            try
            {
                return new AssemblyName(fullName);
            }
            catch (Exception exception) when (exception is ArgumentException || exception is FileLoadException)
            {
                return null;
            }
        }
    }
}
