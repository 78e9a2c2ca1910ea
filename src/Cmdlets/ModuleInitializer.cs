using System.Management.Automation;

namespace DeepCopy
{
    /// <summary>Registers the PowerShell handlers when the module is imported, before any cmdlet runs.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        public void OnImport() => PowerShellRegistrations.EnsureRegistered();
    }
}
