using System.Management.Automation;

namespace DeepCopy
{
    /// <summary>Prepares the module when it is imported, before any cmdlet runs.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        public void OnImport()
        {
            // First, before any code that touches System.Memory or System.Buffers is compiled: on Windows PowerShell
            // 5.1 those loads need the resolver.
            BundledAssemblyResolver.InstallWhereNeeded();
            Register();
        }

        // Kept out of OnImport's body so that compiling OnImport does not load what the registrations reference.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void Register() => PowerShellRegistrations.EnsureRegistered();
    }
}
