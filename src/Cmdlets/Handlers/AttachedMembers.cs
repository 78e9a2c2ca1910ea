using System;
using System.Collections;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Members and type names that PowerShell keeps for a .NET object held unwrapped (<c>Add-Member -InputObject
    /// $cart ...</c>, <c>$cfg.PSTypeNames.Insert(0, ...)</c>): PSObject stores them in two process-wide tables keyed by the
    /// object (<see cref="ResurrectionTables"/>), where no field walk reaches, so copies lost them. What a source has is
    /// copied by the PSObject handler onto a wrapper of the copy, which stores it under the copy in the same tables, and
    /// Compare-DeepObject compares it. The tables are found under PowerShell 7's names (s_...) or Windows PowerShell 5.1's
    /// (_..., same types, per a decompiled 5.1 System.Management.Automation; no 5.1 run has confirmed it). Where neither
    /// is found (a future version), nothing is registered and such members are not carried (the README says so).
    /// </summary>
    internal sealed class AttachedMembers : DeepCopyAttachedState
    {
        private readonly ResurrectionTables _tables;
        private readonly PSObjectHandler _handler;

        private AttachedMembers(ResurrectionTables tables, PSObjectHandler handler)
        {
            _tables = tables;
            _handler = handler;
        }

        /// <summary>The attached state for this PowerShell, or null when its tables cannot be found.</summary>
        public static AttachedMembers? TryCreate(PSObjectHandler handler)
        {
            try
            {
                var tables = ResurrectionTables.TryBind();
                return tables is null ? null : new AttachedMembers(tables, handler);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is MemberAccessException)
            {
                return null;
            }
        }

        /// <summary>
        /// Collections (hashtables, lists, arrays...) and instances of classes defined in script: what scripts make and
        /// decorate themselves. Other .NET objects are not looked up, because two table lookups for every object of a
        /// POCO graph cost about a third of its copy time; their members are carried when they are wrapped, as
        /// cmdlet output is, and the README says so.
        /// Boxes of structs too: passing a wrapped struct to a command (<c>Copy-DeepObject $e</c> for <c>$e = Get-Item
        /// Env:HOME</c>, a DictionaryEntry) or storing it (<c>@{ e = $e }</c>) hands over a new box, and PowerShell keeps
        /// the wrapper's members for that box alone. The engine asks only about boxes a copy replaces with its own
        /// (TypePlanBuilder), so shared boxes such as numbers cost nothing.
        /// </summary>
        public override bool AppliesTo(Type type) => Covers(type);

        /// <summary>The rule of <see cref="AppliesTo"/>, which the tests' graph snapshot follows too.</summary>
        internal static bool Covers(Type type) =>
            type != typeof(PSObject) && (type.IsValueType || typeof(IEnumerable).IsAssignableFrom(type) || type.Assembly.IsDynamic);

        // PSObjects carry their own members, which their handler copies; only unwrapped objects are looked up here.
        public override bool HasState(object source) =>
            !(source is PSObject) && (_tables.MemberCount(source) > 0 || ChangedTypeNames(source) != null);

        public override void CopyState(object source, object copy, DeepCopyContext context) =>
            _handler.Populate(PSObject.AsPSObject(source), new PSObject(copy), context);

        /// <summary>The note properties, member sets and changed type names, as the PSObject compare adapter presents a wrapper's.</summary>
        public override void DescribeState(object value, DeepCompareView view)
        {
            if (value is PSObject)
            {
                return;
            }

            view.MemberNameComparer = StringComparer.OrdinalIgnoreCase;
            var members = _tables.MembersOf(value);
            if (members != null)
            {
                ComparedMembers.Describe(members, view);
            }

            // An emptied list is changed names too: ETS type data and formatting no longer apply to the object.
            var names = ChangedTypeNames(value);
            if (names != null)
            {
                view.SetTypeNames(names);
            }
        }

        /// <summary>The type names kept for <paramref name="value"/> when they are not the ones its type gives, else null.</summary>
        private System.Collections.Generic.IList<string>? ChangedTypeNames(object value)
        {
            var names = _tables.TypeNamesOf(value);
            return names != null && ResurrectionTables.IsChanged(names, value.GetType()) ? names : null;
        }
    }
}
