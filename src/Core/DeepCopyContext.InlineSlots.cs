using System.Runtime.CompilerServices;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// Boxes the engine makes itself: a built-in handler of a generic collection, an array, or an object's field walk
    /// copies a struct it stores inline (the elements of a <c>List&lt;KeyValuePair&lt;string, object&gt;&gt;</c>, a
    /// <c>Nullable</c> field of a struct with references) through a box made for the call.
    /// No one else has seen that box, so nothing can be attached to it, and the attached-state lookup a box of a struct
    /// otherwise costs (two table lookups per box) is passed over for it. Only the populate's own children are such
    /// boxes: anything copied deeper (the fields of that struct) runs at another path and is looked up as usual.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>No populate of inline slots is running: a path no object has (the root's parent is -1).</summary>
        private const int NoInlineSlots = int.MinValue;

        /// <summary>The path of the populate whose direct children include boxes of its inline slots.</summary>
        private int _inlineSlotsPath = NoInlineSlots;

        /// <summary>The struct types that populate stores inline (<see cref="TypePlan.InlineSlotTypes"/>).</summary>
        private System.Type[]? _inlineSlotTypes;

        /// <summary>True when <paramref name="plan"/>'s value is a box the current populate made of one of its inline slots.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool IsInlineSlotBox(TypePlan plan) => plan.IsValueType && _currentPath == _inlineSlotsPath && _inlineSlotTypes != null && IsInlineSlotType(plan.Type);

        private bool IsInlineSlotType(System.Type type)
        {
            foreach (var slot in _inlineSlotTypes!)
            {
                if (ReferenceEquals(slot, type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Populates a collection, array or object that stores structs inline, with its slots' boxes known as such.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void PopulateWithInlineSlots(Engine.WorkItem item)
        {
            var savedPath = _inlineSlotsPath;
            var savedTypes = _inlineSlotTypes;
            _inlineSlotsPath = item.Path;
            _inlineSlotTypes = item.Plan.InlineSlotTypes;
            try
            {
                if (item.Plan.Kind == TypePlanKind.Array)
                {
                    Engine.ArrayPopulator.Populate((System.Array)item.Source, (System.Array)item.Copy, item.Plan, item.Start, this);
                }
                else if (item.Plan.Kind == TypePlanKind.FieldWalk)
                {
                    _filler.Populate(item.Source, item.Copy, item.Plan, this);
                }
                else
                {
                    PopulateWithHandler(item);
                }
            }
            finally
            {
                _inlineSlotsPath = savedPath;
                _inlineSlotTypes = savedTypes;
            }
        }
    }
}
