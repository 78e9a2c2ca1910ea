using System;
using System.IO;
using System.Reflection;
using DeepCopy;
using Xunit;

namespace DeepCopy.Tests.Packaging
{
    /// <summary>
    /// The resolver that stands in for Windows PowerShell 5.1's missing binding redirects. It cannot be exercised by a
    /// real .NET Framework bind here, so its decisions are checked directly, on a strong-named file copied into a folder
    /// of its own.
    /// </summary>
    public sealed class BundledAssemblyResolverTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "deepcopy-resolver-" + Guid.NewGuid().ToString("N"));
        private readonly AssemblyName _shipped;
        private readonly BundledAssemblyResolver _resolver;

        public BundledAssemblyResolverTests()
        {
            Directory.CreateDirectory(_folder);
            var source = typeof(Assert).Assembly.Location;
            File.Copy(source, Path.Combine(_folder, Path.GetFileName(source)));
            _shipped = AssemblyName.GetAssemblyName(source);
            _resolver = new BundledAssemblyResolver(_folder);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void The_file_under_test_is_strong_named()
        {
            Assert.NotEmpty(_shipped.GetPublicKeyToken() ?? Array.Empty<byte>());
        }

        [Fact]
        public void An_older_version_with_the_same_token_is_answered_with_the_shipped_file()
        {
            var requested = Request(new Version(1, 0, 0, 0), _shipped.GetPublicKeyToken());

            Assert.Equal(Path.Combine(_folder, _shipped.Name + ".dll"), _resolver.FindFile(requested));
        }

        [Fact]
        public void The_same_version_is_answered()
        {
            Assert.NotNull(_resolver.FindFile(Request(_shipped.Version, _shipped.GetPublicKeyToken())));
        }

        [Fact]
        public void A_newer_version_than_the_shipped_file_is_not_answered()
        {
            var newer = new Version(_shipped.Version!.Major + 1, 0, 0, 0);

            Assert.Null(_resolver.FindFile(Request(newer, _shipped.GetPublicKeyToken())));
        }

        [Fact]
        public void Another_publisher_s_token_is_not_answered()
        {
            var token = (byte[])_shipped.GetPublicKeyToken()!.Clone();
            token[0] ^= 0xFF;

            Assert.Null(_resolver.FindFile(Request(new Version(1, 0, 0, 0), token)));
        }

        [Theory]
        [InlineData("System.Not.Shipped")]
        [InlineData("../xunit.assert")]
        [InlineData("..")]
        public void A_name_the_folder_does_not_ship_is_not_answered(string name)
        {
            var requested = new AssemblyName { Name = name, Version = new Version(1, 0, 0, 0) };

            Assert.Null(_resolver.FindFile(requested));
        }

        [Fact]
        public void A_file_that_is_not_an_assembly_is_not_answered()
        {
            File.WriteAllText(Path.Combine(_folder, "Broken.Library.dll"), "not a PE file");

            Assert.Null(_resolver.FindFile(new AssemblyName { Name = "Broken.Library", Version = new Version(1, 0, 0, 0) }));
        }

        [Fact]
        public void Resolving_reuses_the_copy_already_in_the_process()
        {
            var requested = Request(new Version(1, 0, 0, 0), _shipped.GetPublicKeyToken());

            var resolved = _resolver.Resolve(null, new ResolveEventArgs(requested.FullName));

            Assert.Same(typeof(Assert).Assembly, resolved);
        }

        [Theory]
        [InlineData("System.Not.Shipped, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null")]
        [InlineData("")]
        [InlineData("=,=")]
        public void Resolving_a_request_it_cannot_answer_gives_null(string fullName)
        {
            Assert.Null(_resolver.Resolve(null, new ResolveEventArgs(fullName)));
        }

        [Fact]
        public void It_is_installed_only_on_dotnet_framework()
        {
            // These tests run on .NET, where PowerShell's own load context resolves the module's files.
            Assert.False(BundledAssemblyResolver.IsNeeded);
        }

        private AssemblyName Request(Version? version, byte[]? token)
        {
            var requested = new AssemblyName { Name = _shipped.Name, Version = version, CultureInfo = _shipped.CultureInfo };
            requested.SetPublicKeyToken(token);
            return requested;
        }
    }
}
