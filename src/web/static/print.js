// 「打印本页」: the item page's print button (no inline scripts under the CSP).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () {
    window.print();
  });
});
