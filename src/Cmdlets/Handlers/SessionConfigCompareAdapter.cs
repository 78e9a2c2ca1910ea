using System;
using System.Management.Automation;
using System.Management.Automation.Language;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Presents the PowerShell configuration the copy engine shares (script blocks, syntax trees, tokens, module, command,
    /// provider, drive and path info) by what identifies it, and session state by nothing. Their fields lead into the
    /// engine (source offsets, ids, the whole ExecutionContext of the runspace), so two script blocks of the same text
    /// differed in dozens to thousands of places. A copy shares these values, so it is equal at once; these views only
    /// matter for two separately made instances, such as an expected and an actual settings table. Which module or
    /// session a script block is bound to describes where it runs, not data, and is not compared.
    /// </summary>
    internal sealed class SessionConfigCompareAdapter : DeepCompareAdapter
    {
        private static readonly Type[] SessionTypes =
        {
            typeof(SessionState), typeof(EngineIntrinsics),
            typeof(PSObject).Assembly.GetType("System.Management.Automation.SessionStateInternal")!,
            typeof(PSObject).Assembly.GetType("System.Management.Automation.ExecutionContext")!,
        };

        public override bool CanHandle(Type type) =>
            typeof(ScriptBlock).IsAssignableFrom(type) || typeof(Ast).IsAssignableFrom(type) || typeof(Token).IsAssignableFrom(type) ||
            type == typeof(PSModuleInfo) || typeof(CommandInfo).IsAssignableFrom(type) || type == typeof(ProviderInfo) ||
            type == typeof(PSDriveInfo) || type == typeof(PathInfo) || Array.IndexOf(SessionTypes, type) >= 0;

        public override void Describe(object value, DeepCompareView view)
        {
            switch (value)
            {
                case ScriptBlock block:
                    view.AddMember("Text", block.ToString());
                    break;
                case Ast ast:
                    view.AddMember("Text", ast.Extent.Text);
                    break;
                case Token token:
                    view.AddMember("Kind", token.Kind);
                    view.AddMember("Text", token.Text);
                    break;
                case PSModuleInfo module:
                    view.AddMember("Name", module.Name);
                    view.AddMember("Version", module.Version);
                    view.AddMember("Path", module.Path);
                    break;
                case CommandInfo command:
                    view.AddMember("Name", command.Name);
                    view.AddMember("CommandType", command.CommandType);
                    view.AddMember("ModuleName", command.ModuleName);
                    break;
                case ProviderInfo provider:
                    view.AddMember("Name", provider.Name);
                    view.AddMember("ModuleName", provider.ModuleName);
                    break;
                case PSDriveInfo drive:
                    view.AddMember("Name", drive.Name);
                    view.AddMember("Provider", drive.Provider?.Name);
                    view.AddMember("Root", drive.Root);
                    break;
                case PathInfo path:
                    view.AddMember("Path", path.Path);
                    break;
            }

            // Session state and the engine present nothing: they are where code runs, never data.
        }
    }
}
