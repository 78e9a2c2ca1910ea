using System;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using DeepCopy.Core;
using DeepCopy.Handlers;
using DeepCopy.Json;

namespace DeepCopy
{
    /// <summary>Tells the engine about PowerShell's own types, through Core's public extension point. Runs once per process.</summary>
    internal static class PowerShellRegistrations
    {
        private static readonly object Gate = new object();
        private static bool _registered;

        /// <summary>The registered PSObject handler, so tests can switch it between the internals and the public API.</summary>
        internal static PSObjectHandler PSObjectHandler { get; } = new PSObjectHandler(
            PowerShellInternals.Current, DeserializedMembers.Current, DeserializedText.Current, PSObjectMemberWriter.Current);

        public static void EnsureRegistered()
        {
            lock (Gate)
            {
                if (_registered)
                {
                    return;
                }

                DeepCopyRegistry.RegisterHandler(PSObjectHandler);
                DeepCopyRegistry.RegisterHandler(new PSReferenceHandler());
                var orderedHashtable = OrderedHashtableHandler.TryCreate();
                if (orderedHashtable != null)
                {
                    DeepCopyRegistry.RegisterHandler(orderedHashtable);
                }

                // Members and type names added to an object held unwrapped live in PowerShell's tables, not in a wrapper.
                var attachedMembers = AttachedMembers.TryCreate(PSObjectHandler);
                if (attachedMembers != null)
                {
                    DeepCopyRegistry.RegisterAttachedState(attachedMembers);
                }

                // [ordered]@{} on 7.3+: a Hashtable subclass whose key order is its point.
                var orderedHashtableType = typeof(PSObject).Assembly.GetType("System.Management.Automation.OrderedHashtable");
                if (orderedHashtableType != null)
                {
                    DeepComparer.RegisterOrderedDictionary(orderedHashtableType);
                }

                // The Json strategy writes PSObjects from their notes and reads back OrderedHashtable and PSCustomObject.
                DeepCopyRegistry.RegisterJsonShapeAdapter(new PSObjectJsonShapeAdapter());
                DeepCopyRegistry.RegisterJsonShapeAdapter(new NullStringJsonShapeAdapter());

                // Script blocks are immutable once parsed, and so are the syntax trees and tokens the parser makes (and
                // a script block holds); module and command metadata describe the session, not the data: sharing them
                // is the only meaningful copy.
                DeepCopyRegistry.RegisterShared(typeof(ScriptBlock));
                DeepCopyRegistry.RegisterShared(typeof(System.Management.Automation.Language.Ast));
                DeepCopyRegistry.RegisterShared(typeof(System.Management.Automation.Language.Token));
                DeepCopyRegistry.RegisterShared(typeof(PSModuleInfo));
                DeepCopyRegistry.RegisterShared(typeof(CommandInfo));

                // Get-Item and Get-ChildItem results carry their provider and drive as notes; these describe the session.
                // A PathInfo (Get-Location, Resolve-Path) is a read-only description of a location in the session.
                DeepCopyRegistry.RegisterShared(typeof(ProviderInfo));
                DeepCopyRegistry.RegisterShared(typeof(PSDriveInfo));
                DeepCopyRegistry.RegisterShared(typeof(PathInfo));

                // Every instance of a class defined in script keeps, in a hidden field, the session state its methods
                // run in. That binds the object to its session; it is not the object's data. The copy is bound to the
                // same session, as a new instance made there would be. (Copying it would reach the engine itself.)
                var sessionStateInternal = typeof(PSObject).Assembly.GetType("System.Management.Automation.SessionStateInternal");
                if (sessionStateInternal != null)
                {
                    DeepCopyRegistry.RegisterShared(sessionStateInternal);
                }

                // The few of PowerShell's own objects that its code recognises by reference: a copy keeps them.
                PowerShellSentinels.Register();

                // Compare-DeepObject sees a PSObject as its wrapped value, note properties and type names.
                DeepComparer.RegisterAdapter(new PSObjectCompareAdapter(PowerShellInternals.Current, DeserializedMembers.Current, DeserializedText.Current));

                // A member set attached to an object holds notes of its own, which are compared as members of the set.
                DeepComparer.RegisterAdapter(new PSMemberSetCompareAdapter());

                // The configuration shared above is compared by what identifies it, not through the engine's internals.
                DeepComparer.RegisterAdapter(new SessionConfigCompareAdapter());
                DeepComparer.RegisterAdapter(new PSReferenceCompareAdapter());

                DeepCopyRegistry.RegisterNonCopyable(typeof(Runspace), "it is a runspace, a live PowerShell session");
                DeepCopyRegistry.RegisterNonCopyable(typeof(RunspacePool), "it is a pool of live PowerShell sessions");
                DeepCopyRegistry.RegisterNonCopyable(typeof(PowerShell), "it is a PowerShell pipeline instance bound to a runspace");
                DeepCopyRegistry.RegisterNonCopyable(typeof(PSHost), "it is the host application");
                DeepCopyRegistry.RegisterNonCopyable(typeof(SessionState), "it is the state of a live session");
                DeepCopyRegistry.RegisterNonCopyable(typeof(EngineIntrinsics), "it is the engine of a live session");
                DeepCopyRegistry.RegisterNonCopyable(typeof(Cmdlet), "it is a running command");
                var executionContext = typeof(PSObject).Assembly.GetType("System.Management.Automation.ExecutionContext");
                if (executionContext != null)
                {
                    DeepCopyRegistry.RegisterNonCopyable(executionContext, "it is the engine of a live session");
                }

                _registered = true;
            }
        }
    }
}
